using JobQuality.Core.Canvas;
using JobQuality.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class CanvasItemConfiguration : IEntityTypeConfiguration<CanvasItem>
{
    public void Configure(EntityTypeBuilder<CanvasItem> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(i => new { i.PlanId, i.Square, i.Position });
        entity.Property(i => i.Square).HasConversion<string>().HasMaxLength(40);
        entity.Property(i => i.Text).HasMaxLength(CanvasItem.TextMaxLength).IsRequired();
        entity.Property(i => i.Version).IsRowVersion();
        entity.MapAudit();
    }
}
