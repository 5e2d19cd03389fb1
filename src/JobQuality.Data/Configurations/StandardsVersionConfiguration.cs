using JobQuality.Core.LivingWages;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class StandardsVersionConfiguration : IEntityTypeConfiguration<StandardsVersion>
{
    public void Configure(EntityTypeBuilder<StandardsVersion> entity)
    {
        entity.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.OrganizationId, s.Number }).IsUnique();
        entity.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        // At most one published version per organization: publishing retires the previous one in the same transaction,
        // and two people publishing at once cannot both succeed.
        entity.HasIndex(s => s.OrganizationId).IsUnique().HasFilter("\"Status\" = 'Published'")
            .HasDatabaseName("IX_StandardsVersions_OrganizationId_Published");
        entity.Property(s => s.Name).HasMaxLength(StandardsVersion.NameMaxLength).IsRequired();
        entity.Property(s => s.Document).HasColumnType("jsonb").IsRequired();
        // A table a version scores with cannot be deleted from under it.
        entity.HasOne<StoredLivingWageTable>().WithMany().HasForeignKey(s => s.LivingWageTableId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(s => s.PublishedBy).HasMaxLength(450);
        entity.Ignore(s => s.IsDraft);
        entity.Property(s => s.Version).IsRowVersion();
        entity.MapAudit();
    }
}
