using FluentValidation;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// Sets the organization's minimum cell size: the smallest group whose numbers the baseline shows. Directors and
/// administrators decide it; it never goes below <see cref="Organization.SmallestMinCellSize"/>. Saved from the version
/// the user saw, so two people changing it at once do not silently overwrite each other.
/// </summary>
public static class SetMinCellSize
{
    public sealed record Command(string Slug, int MinCellSize, uint Version);

    public sealed record Result(int MinCellSize, uint Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.MinCellSize).Custom((size, context) =>
        {
            if (Organization.MinCellSizeProblem(size) is { } problem) context.AddFailure(problem);
        });
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindBaselineAsync(db, command.Slug, ct);
            if (organization is null) return Outcome<Result>.NotFound();
            if (!organization.Role.CanSetMinCellSize()) return Outcome<Result>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<Result>.Invalid(validation);

            var stored = await db.Organizations.SingleAsync(o => o.Id == organization.OrganizationId, ct);
            if (stored.Version != command.Version) return Outcome<Result>.Conflict(new Result(stored.MinCellSize, stored.Version));
            db.Entry(stored).Property(o => o.Version).OriginalValue = command.Version;
            stored.MinCellSize = command.MinCellSize;
            return await dbFactory.SaveOrConflictAsync(db, stored, o => o.Id == stored.Id, o => new Result(o.MinCellSize, o.Version), ct);
        }
    }
}
