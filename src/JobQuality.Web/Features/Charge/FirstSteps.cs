using FluentValidation;
using JobQuality.Core.Workbook;
using JobQuality.Data;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Charge;

internal static class FirstStepRules
{
    public static IRuleBuilderOptions<T, string> FitsAFirstStep<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(FirstStep.TextMaxLength).WithMessage($"Keep a first step to {FirstStep.TextMaxLength} characters or fewer: a short line the action plan can take up.");
}

/// <summary>Adds a first step at the end of the list.</summary>
public static class AddFirstStep
{
    public sealed record Command(Guid PlanId, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Type the step first.").FitsAFirstStep();
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<FirstStepView>> HandleAsync(Command command, CancellationToken ct = default) =>
            await dbFactory.AddAsync(access, command.PlanId, await validator.ValidateAsync(command, ct), async db => new FirstStep
            {
                PlanId = command.PlanId,
                Text = command.Text.Trim(),
                Position = await db.FirstSteps.Where(s => s.PlanId == command.PlanId).NextPositionAsync(s => s.Position, ct),
            }, FirstStepView.From, ct);
    }
}

/// <summary>Saves a first step's text from the version the user started with (a conflict if someone else saved first).</summary>
public static class SaveFirstStep
{
    public sealed record Command(Guid PlanId, Guid StepId, uint Version, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Text).FitsAFirstStep();
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<FirstStepView>> HandleAsync(Command command, CancellationToken ct = default) =>
            await dbFactory.EditAsync<FirstStep, FirstStepView>(access, command.PlanId, command.StepId, command.Version,
                await validator.ValidateAsync(command, ct), step => step.Text = command.Text.Trim(), FirstStepView.From, ct);
    }
}

/// <summary>Deletes a first step as the user last saw it.</summary>
public static class DeleteFirstStep
{
    public sealed record Command(Guid PlanId, Guid StepId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public Task<Outcome<FirstStepView>> HandleAsync(Command command, CancellationToken ct = default) =>
            dbFactory.DeleteAsync<FirstStep, FirstStepView>(access, command.PlanId, command.StepId, command.Version, FirstStepView.From, ct);
    }
}

/// <summary>
/// Moves a first step one place up or down, and answers the list in its new order with the new versions. Moving the
/// first step up or the last one down changes nothing.
/// </summary>
public static class MoveFirstStep
{
    public sealed record Command(Guid PlanId, Guid StepId, MoveDirection Direction);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyList<FirstStepView>>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<IReadOnlyList<FirstStepView>>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<IReadOnlyList<FirstStepView>>.NotAllowed();
            if (!Enum.IsDefined(command.Direction)) return Outcome<IReadOnlyList<FirstStepView>>.Invalid("Direction", "Move a step up or down.");

            var steps = await db.FirstSteps.Where(s => s.PlanId == command.PlanId).InOrder().ToListAsync(ct);
            var index = steps.FindIndex(s => s.Id == command.StepId);
            if (index < 0) return Outcome<IReadOnlyList<FirstStepView>>.NotFound();
            if (ListOrder.Move(steps, index, command.Direction, s => s.Position, (s, p) => s.Position = p))
            {
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                    var current = await fresh.FirstSteps.AsNoTracking().Where(s => s.PlanId == command.PlanId).InOrder().ToListAsync(ct);
                    return Outcome<IReadOnlyList<FirstStepView>>.Conflict(current.Select(FirstStepView.From).ToList());
                }
            }
            return Outcome<IReadOnlyList<FirstStepView>>.Ok(steps.Select(FirstStepView.From).ToList());
        }
    }
}
