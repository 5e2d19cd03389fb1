using JobQuality.Core.Canvas;
using JobQuality.Core.Pitch;
using JobQuality.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class PitchSessionConfiguration : IEntityTypeConfiguration<PitchSession>
{
    public void Configure(EntityTypeBuilder<PitchSession> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => s.PlanId);
        entity.Property(s => s.Audience).HasMaxLength(PitchSession.AudienceMaxLength).IsRequired();
        // A deleted snapshot leaves the session saying "no snapshot", not a dangling id.
        entity.HasOne<PlanSnapshot>().WithMany().HasForeignKey(s => s.SnapshotId).OnDelete(DeleteBehavior.SetNull);
        entity.Property(s => s.Version).IsRowVersion();
        entity.MapAudit();
    }
}

internal sealed class PitchFeedbackConfiguration : IEntityTypeConfiguration<PitchFeedback>
{
    public void Configure(EntityTypeBuilder<PitchFeedback> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<PitchSession>().WithMany().HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(f => new { f.PlanId, f.SessionId });
        entity.Property(f => f.Dimension).HasConversion<string>().HasMaxLength(40);
        entity.Property(f => f.Text).HasMaxLength(PitchFeedback.TextMaxLength).IsRequired();
        // Deleting the canvas item turns the feedback back into "not applied yet".
        entity.HasOne<CanvasItem>().WithMany().HasForeignKey(f => f.AppliedItemId).OnDelete(DeleteBehavior.SetNull);
        entity.HasIndex(f => f.AppliedItemId);
        entity.Property(f => f.Version).IsRowVersion();
        entity.MapAudit();
    }
}
