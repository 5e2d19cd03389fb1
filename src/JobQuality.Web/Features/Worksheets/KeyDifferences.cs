using FluentValidation;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Worksheets;

/// <summary>The two parts of a key difference, checked the same way when added and when saved.</summary>
public interface IKeyDifferenceFields
{
    string Difference { get; }
    string Evidence { get; }
}

public sealed class KeyDifferenceFieldsValidator : AbstractValidator<IKeyDifferenceFields>
{
    public KeyDifferenceFieldsValidator()
    {
        const int max = KeyDifference.TextMaxLength;
        RuleFor(f => f.Difference).MaximumLength(max).WithMessage($"Keep the difference to {max} characters or fewer.");
        RuleFor(f => f.Evidence).MaximumLength(max).WithMessage($"Keep what you will see to {max} characters or fewer.");
    }
}

/// <summary>Adds a key difference at the end of worksheet 2.</summary>
public static class AddKeyDifference
{
    public sealed record Command(Guid PlanId, string Difference, string Evidence = "") : IKeyDifferenceFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Difference).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Say what difference you expect first.");
            Include(new KeyDifferenceFieldsValidator());
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<KeyDifferenceView>> HandleAsync(Command command, CancellationToken ct = default) =>
            await dbFactory.AddAsync(access, command.PlanId, await validator.ValidateAsync(command, ct), async db => new KeyDifference
            {
                PlanId = command.PlanId,
                Difference = command.Difference.Trim(),
                Evidence = command.Evidence.Trim(),
                Position = await db.KeyDifferences.Where(d => d.PlanId == command.PlanId).NextPositionAsync(d => d.Position, ct),
            }, KeyDifferenceView.From, ct);
    }
}

/// <summary>Saves a key difference from the version the user started with (a conflict if someone else saved first).</summary>
public static class SaveKeyDifference
{
    public sealed record Command(Guid PlanId, Guid DifferenceId, uint Version, string Difference, string Evidence) : IKeyDifferenceFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new KeyDifferenceFieldsValidator());
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<KeyDifferenceView>> HandleAsync(Command command, CancellationToken ct = default) =>
            await dbFactory.EditAsync<KeyDifference, KeyDifferenceView>(access, command.PlanId, command.DifferenceId, command.Version,
                await validator.ValidateAsync(command, ct), difference =>
                {
                    difference.Difference = command.Difference.Trim();
                    difference.Evidence = command.Evidence.Trim();
                }, KeyDifferenceView.From, ct);
    }
}

/// <summary>Deletes a key difference, with its indicators, as the user last saw it.</summary>
public static class DeleteKeyDifference
{
    public sealed record Command(Guid PlanId, Guid DifferenceId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public Task<Outcome<KeyDifferenceView>> HandleAsync(Command command, CancellationToken ct = default) =>
            dbFactory.DeleteAsync<KeyDifference, KeyDifferenceView>(access, command.PlanId, command.DifferenceId, command.Version, KeyDifferenceView.From, ct);
    }
}
