using JobQuality.Core.Plans;
using JobQuality.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class PlanMemberConfiguration : IEntityTypeConfiguration<PlanMember>
{
    public void Configure(EntityTypeBuilder<PlanMember> entity)
    {
        entity.HasOne(m => m.Plan).WithMany(p => p.Members).HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        entity.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(m => new { m.PlanId, m.UserId }).IsUnique();
        entity.HasIndex(m => m.UserId);
        entity.MapAudit();
    }
}
