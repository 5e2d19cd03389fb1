using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> entity)
    {
        entity.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(p => p.OrganizationId);
        entity.Property(p => p.Name).HasMaxLength(Plan.NameMaxLength).IsRequired();
        entity.Property(p => p.TeamName).HasMaxLength(Plan.TeamNameMaxLength).IsRequired();
        entity.Property(p => p.Region).HasMaxLength(Plan.RegionMaxLength).IsRequired();
        entity.Property(p => p.Focus).HasMaxLength(Plan.FocusMaxLength).IsRequired();
        entity.Ignore(p => p.IsArchived);
        entity.Property(p => p.Version).IsRowVersion();
        entity.MapAudit();
    }
}
