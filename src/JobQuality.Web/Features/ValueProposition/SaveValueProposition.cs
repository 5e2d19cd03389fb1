using FluentValidation;
using JobQuality.Core.Workbook;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ValueProposition;

/// <summary>
/// Saves the value proposition from the version the user started with (0 for a first save). If someone else saved
/// in between, nothing is written and their version comes back as a conflict.
/// </summary>
public static class SaveValueProposition
{
    public sealed record Command(
        Guid PlanId, uint Version, string TargetCustomers, string PainPoints, string Aspirations, string Strategies, IReadOnlyList<Lever> Levers);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            const int max = Core.Workbook.ValueProposition.FieldMaxLength;
            RuleFor(c => c.TargetCustomers).MaximumLength(max).WithMessage($"Keep who the work helps to {max} characters or fewer.");
            RuleFor(c => c.PainPoints).MaximumLength(max).WithMessage($"Keep the pain points to {max} characters or fewer.");
            RuleFor(c => c.Aspirations).MaximumLength(max).WithMessage($"Keep the aspirations to {max} characters or fewer.");
            RuleFor(c => c.Strategies).MaximumLength(max).WithMessage($"Keep the strategies to {max} characters or fewer.");
            RuleForEach(c => c.Levers).IsInEnum().WithMessage("Choose levers from the five levers for change.");
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<ValuePropositionView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<ValuePropositionView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<ValuePropositionView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<ValuePropositionView>.Invalid(validation);

            var saved = await db.ValuePropositions.FirstOrDefaultAsync(v => v.PlanId == command.PlanId, ct);
            if ((saved?.Version ?? 0) != command.Version)
            {
                return Outcome<ValuePropositionView>.Conflict(ValuePropositionView.From(saved ?? new Core.Workbook.ValueProposition { PlanId = command.PlanId }));
            }
            if (saved is null)
            {
                saved = new Core.Workbook.ValueProposition { PlanId = command.PlanId };
                db.ValuePropositions.Add(saved);
            }
            else
            {
                db.Entry(saved).Property(v => v.Version).OriginalValue = command.Version;
            }
            saved.TargetCustomers = command.TargetCustomers.Trim();
            saved.PainPoints = command.PainPoints.Trim();
            saved.Aspirations = command.Aspirations.Trim();
            saved.Strategies = command.Strategies.Trim();
            saved.Levers = command.Levers.Distinct().Order().ToList();
            // Someone saved between our read and our write (or created it first): show them their version.
            return await dbFactory.SaveOrConflictAsync(db, saved, v => v.PlanId == command.PlanId, ValuePropositionView.From, ct);
        }
    }
}
