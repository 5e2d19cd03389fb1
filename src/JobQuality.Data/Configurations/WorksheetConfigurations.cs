using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class DataNeedConfiguration : IEntityTypeConfiguration<DataNeed>
{
    public void Configure(EntityTypeBuilder<DataNeed> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(n => n.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(n => new { n.PlanId, n.Purpose, n.Position });
        entity.Property(n => n.Purpose).HasConversion<string>().HasMaxLength(20);
        entity.Property(n => n.Availability).HasConversion<string>().HasMaxLength(20);
        entity.Property(n => n.DataType).HasMaxLength(DataNeed.TextMaxLength).IsRequired();
        entity.Property(n => n.Holder).HasMaxLength(DataNeed.TextMaxLength).IsRequired();
        entity.Property(n => n.Location).HasMaxLength(DataNeed.TextMaxLength).IsRequired();
        entity.Property(n => n.Version).IsRowVersion();
        entity.MapAudit();
    }
}

internal sealed class KeyDifferenceConfiguration : IEntityTypeConfiguration<KeyDifference>
{
    public void Configure(EntityTypeBuilder<KeyDifference> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(d => new { d.PlanId, d.Position });
        entity.Property(d => d.Difference).HasMaxLength(KeyDifference.TextMaxLength).IsRequired();
        entity.Property(d => d.Evidence).HasMaxLength(KeyDifference.TextMaxLength).IsRequired();
        entity.Property(d => d.Version).IsRowVersion();
        entity.MapAudit();
    }
}

internal sealed class SuccessIndicatorConfiguration : IEntityTypeConfiguration<SuccessIndicator>
{
    public void Configure(EntityTypeBuilder<SuccessIndicator> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<KeyDifference>().WithMany().HasForeignKey(i => i.KeyDifferenceId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(i => new { i.KeyDifferenceId, i.Kind, i.Position });
        entity.HasIndex(i => i.PlanId);
        entity.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        entity.Property(i => i.Text).HasMaxLength(SuccessIndicator.TextMaxLength).IsRequired();
        entity.Property(i => i.Version).IsRowVersion();
        entity.MapAudit();
    }
}

internal sealed class FirstStepConfiguration : IEntityTypeConfiguration<FirstStep>
{
    public void Configure(EntityTypeBuilder<FirstStep> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.PlanId, s.Position });
        entity.Property(s => s.Text).HasMaxLength(FirstStep.TextMaxLength).IsRequired();
        entity.Property(s => s.Version).IsRowVersion();
        entity.MapAudit();
    }
}
