using JobQuality.Core.LivingWages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class StoredLivingWageRateConfiguration : IEntityTypeConfiguration<StoredLivingWageRate>
{
    public void Configure(EntityTypeBuilder<StoredLivingWageRate> entity)
    {
        // Rows are written by binary COPY (LivingWageTableImporter): keep the column names there in step with these.
        entity.ToTable("LivingWageRates");
        // The key is the natural one: a county and household type appear once in a table.
        entity.HasKey(r => new { r.TableId, r.CountyFips, r.HouseholdType });
        entity.HasOne<StoredLivingWageTable>().WithMany().HasForeignKey(r => r.TableId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(r => r.CountyFips).HasColumnType($"character({StoredLivingWageRate.CountyFipsLength})").IsRequired();
        entity.Property(r => r.HouseholdType).HasMaxLength(StoredLivingWageRate.HouseholdTypeMaxLength).IsRequired();
        // Unbounded numeric keeps exactly what the file said, so scoring from the database matches `jobquality score` on the file.
        entity.Property(r => r.HourlyWage).HasColumnType("numeric");
    }
}
