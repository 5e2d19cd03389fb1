using JobQuality.Core.History;
using JobQuality.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> entity)
    {
        entity.Property(c => c.Id).UseIdentityAlwaysColumn();
        entity.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(c => new { c.PlanId, c.Id });
        entity.Property(c => c.EntityType).HasMaxLength(100).IsRequired();
        entity.Property(c => c.EntityId).HasMaxLength(100).IsRequired();
        entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        entity.Property(c => c.ChangedBy).HasMaxLength(450);
        entity.Property(c => c.Changes).HasColumnType("jsonb").IsRequired();
    }
}
