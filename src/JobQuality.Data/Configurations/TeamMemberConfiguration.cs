using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(m => m.PlanId);
        entity.Property(m => m.Name).HasMaxLength(TeamMember.NameMaxLength).IsRequired();
        entity.Property(m => m.Organization).HasMaxLength(TeamMember.OrganizationMaxLength).IsRequired();
        entity.Property(m => m.Contact).HasMaxLength(TeamMember.ContactMaxLength);
        entity.Property(m => m.Role).HasMaxLength(TeamMember.RoleMaxLength).IsRequired();
        entity.Property(m => m.OrganizationalType).HasConversion<string>().HasMaxLength(40);
        entity.Property(m => m.Persona).HasConversion<string>().HasMaxLength(40);
        entity.Property(m => m.DecisionLevel).HasConversion<string>().HasMaxLength(40);
        // A backup who leaves the team leaves the role without a backup (the balance panel says so), not a dangling id.
        entity.HasOne<TeamMember>().WithMany().HasForeignKey(m => m.BackupMemberId).OnDelete(DeleteBehavior.SetNull);
        entity.Property(m => m.Version).IsRowVersion();
        entity.MapAudit();
    }
}
