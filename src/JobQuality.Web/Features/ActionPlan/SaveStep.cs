using FluentValidation;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Common;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>
/// Saves a whole step from the version the user started with (the date as yyyy-MM-dd or empty, the status by name). If
/// someone else saved it in between, nothing is written and their version comes back.
/// </summary>
public static class SaveStep
{
    public sealed record Command(
        Guid PlanId, Guid StepId, uint Version, string Description, string ResponsibleParties, string InternalResources,
        string ExternalResources, string Milestones, string TargetDate, string Notes, string Status, string IndicatorId = "");

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Description).IsAStepDescription();
            RuleFor(c => c.ResponsibleParties).FitsAStepText(StepFields.Labels[StepFields.ResponsibleParties]);
            RuleFor(c => c.InternalResources).FitsAStepText(StepFields.Labels[StepFields.InternalResources]);
            RuleFor(c => c.ExternalResources).FitsAStepText(StepFields.Labels[StepFields.ExternalResources]);
            RuleFor(c => c.Milestones).FitsAStepText(StepFields.Labels[StepFields.Milestones]);
            RuleFor(c => c.Notes).FitsAStepText(StepFields.Labels[StepFields.Notes]);
            RuleFor(c => c.TargetDate).Must(d => StepFields.TryParseDate(d, out _)).WithMessage("Enter the target date as a date, or leave it empty.");
            RuleFor(c => c.Status).Must(s => EnumNames.Parse<StepStatus>(s) is not null).WithMessage("Choose not started, in progress, done or blocked.");
            RuleFor(c => c.IndicatorId).IsAnOptionalId(IndicatorMessage);
        }
    }

    private const string IndicatorMessage = "Choose an indicator from this plan's worksheet 2.";

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<StepView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<StepView>.NotFound();
            var step = await db.ActionSteps.FirstOrDefaultAsync(s => s.Id == command.StepId && s.PlanId == command.PlanId, ct);
            if (step is null) return Outcome<StepView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<StepView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<StepView>.Invalid(validation);
            if (step.Version != command.Version) return Outcome<StepView>.Conflict(StepView.From(step));

            Guid? indicator = command.IndicatorId.Length == 0 ? null : Guid.Parse(command.IndicatorId);
            if (indicator is { } indicatorId && !await db.SuccessIndicators.AnyAsync(i => i.Id == indicatorId && i.PlanId == command.PlanId, ct))
            {
                return Outcome<StepView>.Invalid(StepFields.IndicatorId, IndicatorMessage);
            }

            db.Entry(step).Property(s => s.Version).OriginalValue = command.Version;
            step.IndicatorId = indicator;
            StepFields.TryParseDate(command.TargetDate, out var date);
            step.Description = command.Description.Trim();
            step.ResponsibleParties = command.ResponsibleParties.Trim();
            step.InternalResources = command.InternalResources.Trim();
            step.ExternalResources = command.ExternalResources.Trim();
            step.Milestones = command.Milestones.Trim();
            step.TargetDate = date;
            step.Notes = command.Notes.Trim();
            step.Status = EnumNames.Parse<StepStatus>(command.Status)!.Value;
            return await dbFactory.SaveOrConflictAsync(db, step, s => s.Id == command.StepId, StepView.From, ct);
        }
    }
}
