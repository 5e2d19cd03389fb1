using FluentValidation;
using JobQuality.Core.Comments;
using JobQuality.Core.Common;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>
/// What every comment use case checks the same way: who may comment, which elements exist in the plan, who may be
/// mentioned, and how fast one person may post.
/// </summary>
public static class CommentRules
{
    /// <summary>How many comments one person may post in <see cref="RateWindow"/>, across every plan and app instance.</summary>
    public const int RateLimit = 10;

    public static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    public const string ArchivedMessage = "This plan is archived, so its comments are read-only. Restore the plan to discuss it again.";

    /// <summary>
    /// Everyone who may open a plan may comment on it (partners included), unless the plan is archived: an archived
    /// plan is kept as it was, conversation included, until someone restores it.
    /// </summary>
    public static bool CanComment(PlanAccess plan) => !plan.Plan.IsArchived;

    public static IRuleBuilderOptions<T, string> IsACommentBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("Write something first.")
            .Must(b => b.Trim().Length <= Comment.BodyMaxLength)
            .WithMessage((_, b) => $"Keep a comment to {Comment.BodyMaxLength:N0} characters or fewer; this one has {b.Trim().Length:N0}.");

    public static IRuleBuilderOptions<T, string?> IsANote<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(n => n is null || n.Trim().Length <= CommentThread.NoteMaxLength)
            .WithMessage($"Keep the note to {CommentThread.NoteMaxLength} characters or fewer.");

    /// <summary>The people who may be mentioned on a plan: staff, directors and administrators of its organization, and its partners.</summary>
    public static async Task<List<MemberView>> MembersAsync(AppDbContext db, Guid planId, Guid organizationId, CancellationToken ct)
    {
        var members = await db.OrganizationMemberships.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId
                && (m.Role != OrganizationRole.Partner || db.PlanMembers.Any(p => p.PlanId == planId && p.UserId == m.UserId)))
            .Join(db.Users.Where(u => !u.IsDisabled), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.UserName, m.Role })
            .ToListAsync(ct);
        return members
            .Select(m => new MemberView(m.Id, DisplayName(m.DisplayName, m.UserName), m.Role.DisplayName()))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>Names of people by id (authors may have left the plan since); unknown ids read "Someone".</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(AppDbContext db, IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct);
        return users.ToDictionary(u => u.Id, u => DisplayName(u.DisplayName, u.UserName));
    }

    private static string DisplayName(string displayName, string? userName) =>
        !string.IsNullOrWhiteSpace(displayName) ? displayName : userName?.Split('@')[0] ?? "Someone";

    /// <summary>
    /// Refuses mentions of anyone who is not a member of the plan, naming them as the writer wrote them (the writer's
    /// own words: nothing about the person is looked up, so nothing leaks about people outside the plan).
    /// </summary>
    public static async Task<FieldError?> CheckMentionsAsync(AppDbContext db, Guid planId, Guid organizationId, string body, CancellationToken ct)
    {
        var mentions = CommentBody.Mentions(body);
        if (mentions.Count == 0) return null;
        var members = (await MembersAsync(db, planId, organizationId, ct)).Select(m => m.UserId).ToHashSet();
        var strangers = mentions.Where(m => !members.Contains(m.UserId)).Select(m => m.Name).Distinct().ToList();
        if (strangers.Count == 0) return null;
        var names = strangers.Count == 1 ? $"@{strangers[0]}" : string.Join(", ", strangers.Select(s => $"@{s}"));
        return new FieldError(CommentFields.Body, strangers.Count == 1
            ? $"{names} is not a member of this plan, so they cannot be mentioned. Mention only people who can open the plan."
            : $"{names} are not members of this plan, so they cannot be mentioned. Mention only people who can open the plan.");
    }

    /// <summary>Whether the element exists in this plan: a row of another plan (or none) is treated as not found.</summary>
    public static async Task<bool> AnchorExistsAsync(AppDbContext db, Guid planId, CommentAnchor anchor, CancellationToken ct)
    {
        if (anchor.RowId is not { } rowId) return true;
        return anchor.Kind switch
        {
            CommentAnchorKind.CanvasItem => await InPlanAsync(db.CanvasItems),
            CommentAnchorKind.DataNeed => await InPlanAsync(db.DataNeeds),
            CommentAnchorKind.KeyDifference => await InPlanAsync(db.KeyDifferences),
            CommentAnchorKind.Indicator => await InPlanAsync(db.SuccessIndicators),
            CommentAnchorKind.PitchFeedback => await InPlanAsync(db.PitchFeedback),
            CommentAnchorKind.Challenge => await InPlanAsync(db.Challenges),
            CommentAnchorKind.ActionStep => await InPlanAsync(db.ActionSteps),
            _ => false,
        };

        Task<bool> InPlanAsync<TRow>(IQueryable<TRow> rows) where TRow : class, IPlanRow =>
            rows.AnyAsync(r => r.Id == rowId && r.PlanId == planId, ct);
    }

    /// <summary>
    /// Holds back a person who has posted <see cref="RateLimit"/> comments within the last <see cref="RateWindow"/>: the
    /// message says when they may post again. Call inside a transaction after <see cref="LockPosterAsync"/>, so two
    /// requests of the same person (even on two app instances) count one after the other.
    /// </summary>
    public static async Task<string?> RateLimitProblemAsync(AppDbContext db, string userId, DateTimeOffset now, CancellationToken ct)
    {
        var posted = db.Comments.Where(c => c.AuthorId == userId).Select(c => c.CreatedAt);
        if (await RateLimits.WaitAsync(posted, RateLimit, RateWindow, now, ct) is not { } wait) return null;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return $"You have posted {RateLimit} comments in the last minute. To keep the conversation readable, wait {seconds} second{(seconds == 1 ? "" : "s")} and post again; your text is still here.";
    }

    /// <summary>Serializes one person's posts (a PostgreSQL advisory lock held until the transaction ends).</summary>
    public static Task LockPosterAsync(AppDbContext db, string userId, CancellationToken ct) => RateLimits.LockPersonAsync(db, 7304, userId, ct);
}
