using JobQuality.Core.Comments;

namespace JobQuality.Web.Features.Comments;

/// <summary>A person who can be mentioned on a plan: its organization's staff, directors and administrators, and its partners.</summary>
public sealed record MemberView(string UserId, string Name, string Role);

/// <summary>
/// One comment as a reader sees it. <see cref="Body"/> is null once deleted (the page shows <see cref="Comment.Tombstone"/>).
/// <see cref="CanEdit"/> and <see cref="CanDelete"/> say what the caller may do now; <see cref="EditableUntil"/> when editing ends.
/// </summary>
public sealed record CommentView(
    Guid Id, Guid ThreadId, string AuthorId, string AuthorName, string? Body, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt,
    bool IsDeleted, int EarlierVersions, IReadOnlyList<string> MentionedUserIds, bool CanEdit, bool CanDelete,
    DateTimeOffset EditableUntil, uint Version)
{
    /// <summary>The body in pieces to show (text, line breaks, links, mentions); empty once deleted.</summary>
    public IReadOnlyList<BodySegment> Segments() => Body is null ? [] : CommentBody.Render(Body);
}

/// <summary>A thread with its element's key and label, its status and comments in the order they were posted.</summary>
public sealed record ThreadView(
    Guid Id, Guid PlanId, string Anchor, string AnchorLabel, string? PlanPage, CommentThreadStatus Status,
    string StartedBy, string StartedByName, DateTimeOffset StartedAt, DateTimeOffset LastActivityAt,
    string? ResolvedByName, DateTimeOffset? ResolvedAt, string? ResolutionNote,
    string? ReopenedByName, DateTimeOffset? ReopenedAt, string? ReopenNote,
    IReadOnlyList<CommentView> Comments, uint Version);

/// <summary>The threads of a plan that match a filter, and what the caller may do.</summary>
public sealed record ThreadsView(Guid PlanId, bool CanComment, string? WhyNotComment, int OpenCount, int ResolvedCount, IReadOnlyList<ThreadView> Threads);

/// <summary>Which threads to list.</summary>
public enum ThreadFilter
{
    Open,
    Resolved,
    All,
}

/// <summary>Open and resolved threads of one element, for its badge.</summary>
public sealed record AnchorCount(string Anchor, int Open, int Resolved);

public static class CommentFields
{
    public const string Body = "Body";
    public const string Anchor = "Anchor";
    public const string Note = "Note";
}
