using JobQuality.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> entity)
    {
        entity.Property(o => o.Slug).HasMaxLength(Organization.SlugMaxLength).IsRequired();
        entity.HasIndex(o => o.Slug).IsUnique();
        entity.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        entity.Property(o => o.MinCellSize).HasDefaultValue(Organization.DefaultMinCellSize);
        entity.ToTable(t => t.HasCheckConstraint("CK_Organizations_MinCellSize", $"\"MinCellSize\" >= {Organization.SmallestMinCellSize}"));
        entity.Property(o => o.Version).IsRowVersion();
        entity.MapAudit();
    }
}
