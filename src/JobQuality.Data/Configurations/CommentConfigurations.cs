using JobQuality.Core.Comments;
using JobQuality.Core.Plans;
using JobQuality.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class CommentThreadConfiguration : IEntityTypeConfiguration<CommentThread>
{
    public void Configure(EntityTypeBuilder<CommentThread> entity)
    {
        entity.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        // The panel lists a plan's threads by status; badges count open ones by element.
        entity.HasIndex(t => new { t.PlanId, t.Status, t.Anchor });
        entity.Property(t => t.Anchor).HasMaxLength(CommentAnchor.KeyMaxLength).IsRequired();
        entity.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(t => t.StartedBy).HasMaxLength(450).IsRequired();
        entity.Property(t => t.ResolvedBy).HasMaxLength(450);
        entity.Property(t => t.ReopenedBy).HasMaxLength(450);
        entity.Property(t => t.ResolutionNote).HasMaxLength(CommentThread.NoteMaxLength);
        entity.Property(t => t.ReopenNote).HasMaxLength(CommentThread.NoteMaxLength);
        entity.Property(t => t.Version).IsRowVersion();
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> entity)
    {
        entity.HasOne(c => c.Thread).WithMany(t => t.Comments).HasForeignKey(c => c.ThreadId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        // A person's comments stay (as the record of a conversation) even if their account is removed.
        entity.Property(c => c.AuthorId).HasMaxLength(450).IsRequired();
        entity.HasIndex(c => c.ThreadId);
        entity.HasIndex(c => c.PlanId);
        // The rate limit counts one person's recent comments.
        entity.HasIndex(c => new { c.AuthorId, c.CreatedAt });
        entity.Property(c => c.Body).HasMaxLength(Comment.BodyMaxLength).IsRequired();
        entity.HasMany(c => c.Edits).WithOne().HasForeignKey(e => e.CommentId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Mentions).WithOne().HasForeignKey(m => m.CommentId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(c => c.Version).IsRowVersion();
    }
}

internal sealed class CommentEditConfiguration : IEntityTypeConfiguration<CommentEdit>
{
    public void Configure(EntityTypeBuilder<CommentEdit> entity)
    {
        // Added through Comment.Edits: a key the app sets must not make EF take the new row for an existing one.
        entity.Property(e => e.Id).ValueGeneratedNever();
        entity.HasIndex(e => e.CommentId);
        entity.Property(e => e.Body).HasMaxLength(Comment.BodyMaxLength).IsRequired();
    }
}

internal sealed class CommentMentionConfiguration : IEntityTypeConfiguration<CommentMention>
{
    public void Configure(EntityTypeBuilder<CommentMention> entity)
    {
        entity.HasKey(m => new { m.CommentId, m.UserId });
        entity.Property(m => m.UserId).HasMaxLength(450);
        // "Where was I mentioned" for a future inbox.
        entity.HasIndex(m => m.UserId);
        entity.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
