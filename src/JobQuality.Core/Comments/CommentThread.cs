using JobQuality.Core.Common;

namespace JobQuality.Core.Comments;

public enum CommentThreadStatus
{
    Open,
    Resolved,
}

/// <summary>
/// A conversation about one element of a plan (<see cref="Anchor"/>). Anyone who can comment on the plan may resolve it
/// or reopen it, each with an optional note; the latest resolution and the latest reopening are kept.
/// Comments are not plan content: they do not appear in the plan's change history or snapshots.
/// </summary>
public sealed class CommentThread : IConcurrencyVersioned
{
    public const int NoteMaxLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }

    /// <summary>The element's key (<see cref="CommentAnchor.Key"/>).</summary>
    public string Anchor { get; set; } = "";

    /// <summary>Who started the thread: the person a reply is news to.</summary>
    public string StartedBy { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the last comment was posted, to list busy threads first.</summary>
    public DateTimeOffset LastActivityAt { get; set; }

    public CommentThreadStatus Status { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolutionNote { get; set; }
    public string? ReopenedBy { get; set; }
    public DateTimeOffset? ReopenedAt { get; set; }
    public string? ReopenNote { get; set; }

    public uint Version { get; set; }

    public List<Comment> Comments { get; set; } = [];

    public void Resolve(string userId, DateTimeOffset at, string? note)
    {
        Status = CommentThreadStatus.Resolved;
        ResolvedBy = userId;
        ResolvedAt = at;
        ResolutionNote = Blank(note);
    }

    public void Reopen(string userId, DateTimeOffset at, string? note)
    {
        Status = CommentThreadStatus.Open;
        ReopenedBy = userId;
        ReopenedAt = at;
        ReopenNote = Blank(note);
    }

    private static string? Blank(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}

/// <summary>
/// One comment of a thread. Its author may change it for <see cref="EditWindow"/> after posting (earlier wordings are
/// kept as <see cref="CommentEdit"/> rows) and may delete it at any time: the words go and a tombstone stays, so the
/// replies around it still read in order.
/// </summary>
public sealed class Comment : IConcurrencyVersioned
{
    public const int BodyMaxLength = 2000;
    public const string Tombstone = "This comment was deleted.";

    /// <summary>How long after posting its author may still change a comment.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ThreadId { get; set; }
    public CommentThread? Thread { get; set; }

    /// <summary>The plan of the thread, kept here too so a comment is always found within its plan.</summary>
    public Guid PlanId { get; set; }

    public string AuthorId { get; set; } = "";

    /// <summary>The text with mentions written as <c>@[Name](user-id)</c> (<see cref="CommentBody"/>); empty once deleted.</summary>
    public string Body { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }

    public uint Version { get; set; }

    public List<CommentEdit> Edits { get; set; } = [];
    public List<CommentMention> Mentions { get; set; } = [];

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Until when the author may change it.</summary>
    public DateTimeOffset EditableUntil => CreatedAt + EditWindow;

    public bool IsAuthor(string? userId) => userId is not null && userId == AuthorId;

    public bool CanBeEditedBy(string? userId, DateTimeOffset now) => IsAuthor(userId) && !IsDeleted && now <= EditableUntil;

    /// <summary>Replaces the wording, keeping the one it replaces.</summary>
    public void Edit(string body, IEnumerable<string> mentionedUserIds, DateTimeOffset at)
    {
        Edits.Add(new CommentEdit { CommentId = Id, Body = Body, ReplacedAt = at });
        Body = body;
        EditedAt = at;
        SetMentions(mentionedUserIds);
    }

    /// <summary>Deletes the words (and their earlier wordings and mentions): only the tombstone is left.</summary>
    public void Delete(DateTimeOffset at)
    {
        DeletedAt = at;
        Body = "";
        Edits.Clear();
        Mentions.Clear();
    }

    public void SetMentions(IEnumerable<string> userIds)
    {
        var wanted = userIds.Distinct().ToList();
        Mentions.RemoveAll(m => !wanted.Contains(m.UserId));
        foreach (var userId in wanted.Where(u => Mentions.All(m => m.UserId != u)))
        {
            Mentions.Add(new CommentMention { CommentId = Id, UserId = userId });
        }
    }
}

/// <summary>An earlier wording of a comment, kept when its author changed it.</summary>
public sealed class CommentEdit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommentId { get; set; }
    public string Body { get; set; } = "";

    /// <summary>When this wording was replaced by the next.</summary>
    public DateTimeOffset ReplacedAt { get; set; }
}

/// <summary>Someone a comment mentions: a member of the plan. Kept as rows so a notification inbox can ask "who was mentioned".</summary>
public sealed class CommentMention
{
    public Guid CommentId { get; set; }
    public string UserId { get; set; } = "";
}
