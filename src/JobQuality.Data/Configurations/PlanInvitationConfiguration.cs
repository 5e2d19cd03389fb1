using JobQuality.Core.Invitations;
using JobQuality.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class PlanInvitationConfiguration : IEntityTypeConfiguration<PlanInvitation>
{
    public void Configure(EntityTypeBuilder<PlanInvitation> entity)
    {
        entity.HasOne(i => i.Plan).WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(i => i.Email).HasMaxLength(PlanInvitation.EmailMaxLength).IsRequired();
        entity.Property(i => i.NormalizedEmail).HasMaxLength(PlanInvitation.EmailMaxLength).IsRequired();
        entity.Property(i => i.TokenHash).HasMaxLength(PlanInvitation.HashLength).IsRequired();
        entity.Property(i => i.InvitedBy).HasMaxLength(450).IsRequired();
        entity.Property(i => i.AcceptedBy).HasMaxLength(450);
        entity.Property(i => i.RevokedBy).HasMaxLength(450);
        // Who invited stays on record even when their account goes; the one who accepted too.
        entity.HasOne<AppUser>().WithMany().HasForeignKey(i => i.InvitedBy).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<AppUser>().WithMany().HasForeignKey(i => i.AcceptedBy).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne<AppUser>().WithMany().HasForeignKey(i => i.RevokedBy).OnDelete(DeleteBehavior.SetNull);

        // Opening a link finds its invitation by the hash of the secret.
        entity.HasIndex(i => i.TokenHash).IsUnique();
        // At most one open invitation (not used, not revoked) per address and plan: inviting again replaces it.
        entity.HasIndex(i => new { i.PlanId, i.NormalizedEmail })
            .IsUnique()
            .HasFilter("\"AcceptedAt\" IS NULL AND \"RevokedAt\" IS NULL")
            .HasDatabaseName("IX_PlanInvitations_OpenPerEmail");
        // A plan's list of invitations, newest first.
        entity.HasIndex(i => new { i.PlanId, i.CreatedAt });
        // The inbox (later) lists a person's invitations by address.
        entity.HasIndex(i => i.NormalizedEmail);
        entity.Ignore(i => i.IsOpen);
    }
}
