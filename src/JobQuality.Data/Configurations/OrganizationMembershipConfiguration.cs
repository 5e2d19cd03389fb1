using JobQuality.Core.Organizations;
using JobQuality.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class OrganizationMembershipConfiguration : IEntityTypeConfiguration<OrganizationMembership>
{
    public void Configure(EntityTypeBuilder<OrganizationMembership> entity)
    {
        entity.HasOne(m => m.Organization).WithMany(o => o.Memberships)
            .HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        entity.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        // One role per person per organization.
        entity.HasIndex(m => new { m.OrganizationId, m.UserId }).IsUnique();
        entity.HasIndex(m => m.UserId);
        entity.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        entity.MapAudit();
    }
}
