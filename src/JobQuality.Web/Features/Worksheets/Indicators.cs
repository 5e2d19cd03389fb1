using FluentValidation;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Worksheets;

/// <summary>Adds a process or change indicator to a key difference of the same plan.</summary>
public static class AddIndicator
{
    public sealed record Command(Guid PlanId, Guid DifferenceId, IndicatorKind Kind, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).IsInEnum().WithMessage("Choose a process indicator or a change indicator.");
            RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Type the indicator first.")
                .MaximumLength(SuccessIndicator.TextMaxLength).WithMessage($"Keep an indicator to {SuccessIndicator.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<IndicatorView>> HandleAsync(Command command, CancellationToken ct = default) =>
            await dbFactory.AddAsync(access, command.PlanId, await validator.ValidateAsync(command, ct), async db =>
                // The difference must be this plan's: an id from another plan is not found.
                await db.KeyDifferences.AnyAsync(d => d.Id == command.DifferenceId && d.PlanId == command.PlanId, ct)
                    ? new SuccessIndicator
                    {
                        PlanId = command.PlanId,
                        KeyDifferenceId = command.DifferenceId,
                        Kind = command.Kind,
                        Text = command.Text.Trim(),
                        Position = await db.SuccessIndicators.Where(i => i.KeyDifferenceId == command.DifferenceId && i.Kind == command.Kind)
                            .NextPositionAsync(i => i.Position, ct),
                    }
                    : null, IndicatorView.From, ct);
    }
}

/// <summary>Saves an indicator's wording from the version the user started with (a conflict if someone else saved first).</summary>
public static class SaveIndicator
{
    public sealed record Command(Guid PlanId, Guid IndicatorId, uint Version, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Text).MaximumLength(SuccessIndicator.TextMaxLength)
                .WithMessage($"Keep an indicator to {SuccessIndicator.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<IndicatorView>> HandleAsync(Command command, CancellationToken ct = default) =>
            await dbFactory.EditAsync<SuccessIndicator, IndicatorView>(access, command.PlanId, command.IndicatorId, command.Version,
                await validator.ValidateAsync(command, ct), indicator => indicator.Text = command.Text.Trim(), IndicatorView.From, ct);
    }
}

/// <summary>Deletes an indicator as the user last saw it.</summary>
public static class DeleteIndicator
{
    public sealed record Command(Guid PlanId, Guid IndicatorId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public Task<Outcome<IndicatorView>> HandleAsync(Command command, CancellationToken ct = default) =>
            dbFactory.DeleteAsync<SuccessIndicator, IndicatorView>(access, command.PlanId, command.IndicatorId, command.Version, IndicatorView.From, ct);
    }
}
