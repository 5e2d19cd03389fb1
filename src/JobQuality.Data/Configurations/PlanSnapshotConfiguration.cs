using JobQuality.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class PlanSnapshotConfiguration : IEntityTypeConfiguration<PlanSnapshot>
{
    public void Configure(EntityTypeBuilder<PlanSnapshot> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.PlanId, s.TakenAt });
        entity.Property(s => s.Name).HasMaxLength(PlanSnapshot.NameMaxLength).IsRequired();
        entity.Property(s => s.TakenBy).HasMaxLength(450);
        entity.Property(s => s.Content).HasColumnType("jsonb").IsRequired();
    }
}
