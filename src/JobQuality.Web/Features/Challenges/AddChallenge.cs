using FluentValidation;
using JobQuality.Core.Challenges;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Challenges;

/// <summary>
/// Adds a challenge to the register: a copy of a starter from the library (<see cref="Command.LibraryKey"/>), which the
/// team then rewrites in its own terms, or one the team writes itself (title and, optionally, a response).
/// </summary>
public static class AddChallenge
{
    public sealed record Command(Guid PlanId, string? LibraryKey, string Title, string Response);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.LibraryKey).Must(k => ChallengeLibrary.Find(k) is not null).When(c => c.LibraryKey is not null)
                .WithMessage("Choose a challenge from the library.");
            RuleFor(c => c.Title).IsAChallengeTitle().When(c => c.LibraryKey is null);
            RuleFor(c => c.Response).FitsAResponse();
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<ChallengeView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<ChallengeView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<ChallengeView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<ChallengeView>.Invalid(validation);

            var starter = ChallengeLibrary.Find(command.LibraryKey);
            var challenge = new Challenge
            {
                PlanId = command.PlanId,
                Title = starter?.Title ?? command.Title.Trim(),
                Response = starter?.Response ?? command.Response.Trim(),
                Status = ChallengeStatus.Open,
                LibraryKey = starter?.Key,
            };
            db.Challenges.Add(challenge);
            await db.SaveChangesAsync(ct);
            return Outcome<ChallengeView>.Ok(ChallengeView.From(challenge));
        }
    }
}
