using JobQuality.Core.LivingWages;
using JobQuality.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class StoredLivingWageTableConfiguration : IEntityTypeConfiguration<StoredLivingWageTable>
{
    public void Configure(EntityTypeBuilder<StoredLivingWageTable> entity)
    {
        entity.ToTable("LivingWageTables", t => t.HasCheckConstraint(
            "CK_LivingWageTables_VintageYear",
            $"\"VintageYear\" BETWEEN {StoredLivingWageTable.MinVintageYear} AND {StoredLivingWageTable.MaxVintageYear}"));
        entity.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(t => new { t.OrganizationId, t.VintageYear });
        entity.Property(t => t.SourceName).HasMaxLength(StoredLivingWageTable.SourceNameMaxLength).IsRequired();
        entity.Property(t => t.FileName).HasMaxLength(StoredLivingWageTable.FileNameMaxLength).IsRequired();
        entity.MapAudit();
    }
}
