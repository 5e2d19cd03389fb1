using JobQuality.Core.Challenges;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(c => c.PlanId);
        entity.Property(c => c.Title).HasMaxLength(Challenge.TitleMaxLength).IsRequired();
        entity.Property(c => c.Response).HasMaxLength(Challenge.ResponseMaxLength).IsRequired();
        entity.Property(c => c.Notes).HasMaxLength(Challenge.NotesMaxLength).IsRequired();
        entity.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
        entity.Property(c => c.LibraryKey).HasMaxLength(Challenge.LibraryKeyMaxLength);
        // An owner who leaves the team leaves the challenge without an owner (the register asks for a new one).
        entity.HasOne<TeamMember>().WithMany().HasForeignKey(c => c.OwnerMemberId).OnDelete(DeleteBehavior.SetNull);
        entity.Property(c => c.Version).IsRowVersion();
        entity.MapAudit();
    }
}
