using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class StrategyConfiguration : IEntityTypeConfiguration<Strategy>
{
    public void Configure(EntityTypeBuilder<Strategy> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => s.PlanId);
        entity.Property(s => s.Name).HasMaxLength(Strategy.NameMaxLength).IsRequired();
        entity.Property(s => s.Goal).HasMaxLength(Strategy.GoalMaxLength).IsRequired();
        // Deleting the canvas item leaves the strategy in place, without its link.
        entity.HasOne<CanvasItem>().WithMany().HasForeignKey(s => s.CanvasItemId).OnDelete(DeleteBehavior.SetNull);
        entity.Property(s => s.Version).IsRowVersion();
        entity.MapAudit();
    }
}

internal sealed class ActionStepConfiguration : IEntityTypeConfiguration<ActionStep>
{
    public void Configure(EntityTypeBuilder<ActionStep> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Strategy>().WithMany().HasForeignKey(s => s.StrategyId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.StrategyId, s.Position });
        entity.HasIndex(s => s.PlanId);
        entity.Property(s => s.Description).HasMaxLength(ActionStep.DescriptionMaxLength).IsRequired();
        entity.Property(s => s.ResponsibleParties).HasMaxLength(ActionStep.TextMaxLength).IsRequired();
        entity.Property(s => s.InternalResources).HasMaxLength(ActionStep.TextMaxLength).IsRequired();
        entity.Property(s => s.ExternalResources).HasMaxLength(ActionStep.TextMaxLength).IsRequired();
        entity.Property(s => s.Milestones).HasMaxLength(ActionStep.TextMaxLength).IsRequired();
        entity.Property(s => s.Notes).HasMaxLength(ActionStep.TextMaxLength).IsRequired();
        entity.Property(s => s.Status).HasConversion<string>().HasMaxLength(40);
        // Deleting the first step in Ad-Lib #2 keeps the action step, without its origin.
        entity.HasOne<Core.Workbook.FirstStep>().WithMany().HasForeignKey(s => s.FirstStepId).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne<Core.Worksheets.SuccessIndicator>().WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.SetNull);
        entity.Property(s => s.Version).IsRowVersion();
        entity.MapAudit();
    }
}

internal sealed class RaciCellConfiguration : IEntityTypeConfiguration<RaciCell>
{
    public void Configure(EntityTypeBuilder<RaciCell> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<ActionStep>().WithMany().HasForeignKey(c => c.StepId).OnDelete(DeleteBehavior.Cascade);
        // A member who leaves the team takes their letters with them (the matrix flags any step left without R or A).
        entity.HasOne<TeamMember>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(c => new { c.StepId, c.MemberId }).IsUnique();
        entity.HasIndex(c => c.PlanId);
        entity.Property(c => c.Role).HasConversion<string>().HasMaxLength(20);
        entity.Property(c => c.Version).IsRowVersion();
        entity.MapAudit();
    }
}

internal sealed class StepWaitConfiguration : IEntityTypeConfiguration<StepWait>
{
    public void Configure(EntityTypeBuilder<StepWait> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(w => w.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<ActionStep>().WithMany().HasForeignKey(w => w.StepId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<ActionStep>().WithMany().HasForeignKey(w => w.DependsOnStepId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(w => new { w.StepId, w.DependsOnStepId }).IsUnique();
        entity.HasIndex(w => w.PlanId);
        entity.MapAudit();
    }
}

internal sealed class ActionPlanApprovalConfiguration : IEntityTypeConfiguration<ActionPlanApproval>
{
    public void Configure(EntityTypeBuilder<ActionPlanApproval> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<PlanSnapshot>().WithMany().HasForeignKey(a => a.SnapshotId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(a => new { a.PlanId, a.ApprovedAt });
        entity.Property(a => a.SnapshotName).HasMaxLength(PlanSnapshot.NameMaxLength).IsRequired();
        entity.Property(a => a.ApprovedBy).HasMaxLength(450).IsRequired();
        entity.Property(a => a.ApproverName).HasMaxLength(Identity.AppUser.DisplayNameMaxLength).IsRequired();
        entity.Property(a => a.Note).HasMaxLength(ActionPlanApproval.NoteMaxLength).IsRequired();
    }
}
