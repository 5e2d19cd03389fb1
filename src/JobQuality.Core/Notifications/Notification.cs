namespace JobQuality.Core.Notifications;

/// <summary>What a notification tells its recipient about.</summary>
public enum NotificationKind
{
    /// <summary>Someone mentioned the recipient in a comment.</summary>
    Mention,

    /// <summary>Someone replied in a thread the recipient started or commented in.</summary>
    Reply,

    /// <summary>Someone resolved a thread the recipient took part in.</summary>
    Resolved,

    /// <summary>Someone reopened a thread the recipient took part in.</summary>
    Reopened,

    /// <summary>Someone invited the recipient (who already has an account) to a plan as a coalition partner.</summary>
    Invitation,
}

/// <summary>
/// One entry of a person's inbox, written in the same transaction as what caused it. It keeps the actor's name and a
/// short excerpt as they were, so the inbox reads the same even when the comment changes later; whether the recipient
/// may still see the plan is checked again whenever the inbox is read.
/// </summary>
public sealed class Notification
{
    public const int ExcerptMaxLength = 200;
    public const int ActorNameMaxLength = 256;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The user id of the person the notification is for.</summary>
    public string RecipientId { get; set; } = "";

    public NotificationKind Kind { get; set; }
    public Guid PlanId { get; set; }

    /// <summary>The thread, for mentions, replies, resolutions and reopenings.</summary>
    public Guid? ThreadId { get; set; }

    /// <summary>The invitation, for <see cref="NotificationKind.Invitation"/>.</summary>
    public Guid? InvitationId { get; set; }

    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";

    /// <summary>A short piece of the comment or note (at most <see cref="ExcerptMaxLength"/> characters), or empty.</summary>
    public string Excerpt { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>Marks it read (once: the first time counts).</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    /// <summary>Text on one line, cut to <see cref="ExcerptMaxLength"/> characters with an ellipsis when longer.</summary>
    public static string ExcerptOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= ExcerptMaxLength ? line : line[..(ExcerptMaxLength - 1)].TrimEnd() + "…";
    }
}
