using JobQuality.Core.Invitations;
using JobQuality.Core.Notifications;
using JobQuality.Core.Plans;
using JobQuality.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> entity)
    {
        // Never set by the database: added with the key the app made.
        entity.Property(n => n.Id).ValueGeneratedNever();
        entity.Property(n => n.RecipientId).HasMaxLength(450).IsRequired();
        entity.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Plan>().WithMany().HasForeignKey(n => n.PlanId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Core.Comments.CommentThread>().WithMany().HasForeignKey(n => n.ThreadId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<PlanInvitation>().WithMany().HasForeignKey(n => n.InvitationId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        // The actor's name is kept as it was; their account may go.
        entity.Property(n => n.ActorId).HasMaxLength(450).IsRequired();
        entity.Property(n => n.ActorName).HasMaxLength(Notification.ActorNameMaxLength).IsRequired();
        entity.Property(n => n.Excerpt).HasMaxLength(Notification.ExcerptMaxLength).IsRequired();
        // The inbox lists one person's notifications newest first; the bell counts the unread ones.
        entity.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        entity.HasIndex(n => n.RecipientId).HasFilter("\"ReadAt\" IS NULL").HasDatabaseName("IX_Notifications_RecipientId_Unread");
        entity.HasIndex(n => n.PlanId);
        entity.HasIndex(n => n.ThreadId);
        entity.HasIndex(n => n.InvitationId);
    }
}
