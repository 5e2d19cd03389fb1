using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class WorkbookAnswerConfiguration : IEntityTypeConfiguration<WorkbookAnswer>
{
    public void Configure(EntityTypeBuilder<WorkbookAnswer> entity)
    {
        entity.HasKey(a => new { a.PlanId, a.ToolKey, a.FieldKey });
        entity.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(a => a.ToolKey).HasMaxLength(WorkbookAnswer.KeyMaxLength);
        entity.Property(a => a.FieldKey).HasMaxLength(WorkbookAnswer.KeyMaxLength);
        entity.Property(a => a.Text).HasMaxLength(WorkbookAnswer.TextMaxLength).IsRequired();
        entity.Property(a => a.Version).IsRowVersion();
        entity.MapAudit();
    }
}
