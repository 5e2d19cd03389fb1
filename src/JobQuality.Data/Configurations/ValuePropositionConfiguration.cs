using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class ValuePropositionConfiguration : IEntityTypeConfiguration<ValueProposition>
{
    public void Configure(EntityTypeBuilder<ValueProposition> entity)
    {
        entity.HasKey(v => v.PlanId);
        entity.HasOne<Plan>().WithOne().HasForeignKey<ValueProposition>(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(v => v.TargetCustomers).HasMaxLength(ValueProposition.FieldMaxLength).IsRequired();
        entity.Property(v => v.PainPoints).HasMaxLength(ValueProposition.FieldMaxLength).IsRequired();
        entity.Property(v => v.Aspirations).HasMaxLength(ValueProposition.FieldMaxLength).IsRequired();
        entity.Property(v => v.Strategies).HasMaxLength(ValueProposition.FieldMaxLength).IsRequired();
        entity.PrimitiveCollection(v => v.Levers).ElementType(e => e.HasConversion<string>());
        entity.Property(v => v.Version).IsRowVersion();
        entity.MapAudit();
    }
}
