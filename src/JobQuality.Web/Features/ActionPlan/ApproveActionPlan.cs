using FluentValidation;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.History;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>
/// A Director approves the action plan as a named snapshot of the plan holds it. The approval records who, when and which
/// snapshot, and is never changed afterwards; approving again (another snapshot) adds a new one.
/// </summary>
public static class ApproveActionPlan
{
    public sealed record Command(Guid PlanId, Guid SnapshotId, string Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Note).Must(n => n.Trim().Length <= ActionPlanApproval.NoteMaxLength)
                .WithMessage($"Keep the note to {ActionPlanApproval.NoteMaxLength} characters or fewer.");
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Outcome<ApprovalView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<ApprovalView>.NotFound();
            var snapshot = await Snapshots.FindAsync(db, command.PlanId, command.SnapshotId, ct);
            if (snapshot is null) return Outcome<ApprovalView>.NotFound();
            if (!found.Organization.Role.CanApproveActionPlans() || found.Plan.IsArchived) return Outcome<ApprovalView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<ApprovalView>.Invalid(validation);

            var userId = access.UserId!;
            var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
            var approval = new ActionPlanApproval
            {
                PlanId = command.PlanId,
                SnapshotId = snapshot.Id,
                SnapshotName = snapshot.Name,
                ApprovedBy = userId,
                ApproverName = string.IsNullOrWhiteSpace(name) ? "A director" : name,
                ApprovedAt = clock.GetUtcNow(),
                Note = command.Note.Trim(),
            };
            db.ActionPlanApprovals.Add(approval);
            await db.SaveChangesAsync(ct);
            return Outcome<ApprovalView>.Ok(ApprovalView.From(approval));
        }
    }
}
