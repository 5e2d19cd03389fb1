using System.Data.Common;
using System.Runtime.CompilerServices;
using JobQuality.Core.Comments;
using JobQuality.Core.History;
using JobQuality.Core.Notifications;
using JobQuality.Data.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace JobQuality.Data.Interceptors;

/// <summary>
/// After a save that changed plan content (a record that keeps history) or a comment, or wrote someone a notification,
/// sends one small <see cref="PlanChangeNotice"/> per plan and kind (per recipient, for notifications) through
/// <c>pg_notify</c>. Inside an explicit transaction PostgreSQL delivers it only when that transaction commits (never
/// after a rollback); otherwise the save has already committed.
/// </summary>
public sealed class PlanChangeNotifier(ICurrentUser currentUser, ChangeOrigin origin, ILogger<PlanChangeNotifier> logger) : SaveChangesInterceptor
{
    /// <summary>Per context: one scope's contexts may save at the same time.</summary>
    private readonly ConditionalWeakTable<DbContext, List<PlanChangeNotice>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        var notices = Take(eventData.Context);
        if (notices.Count > 0)
        {
            try
            {
                eventData.Context!.Database.ExecuteSql(NotifySql(notices));
            }
            catch (Exception ex) when (AlreadyCommitted(eventData.Context!, ex))
            {
                NotSent(ex, notices);
            }
        }
        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var notices = Take(eventData.Context);
        if (notices.Count > 0)
        {
            var database = eventData.Context!.Database;
            try
            {
                // After a save that has committed already, the notices are sent even if the request is cancelled by now.
                await database.ExecuteSqlAsync(NotifySql(notices), database.CurrentTransaction is null ? CancellationToken.None : cancellationToken);
            }
            catch (Exception ex) when (AlreadyCommitted(eventData.Context!, ex))
            {
                NotSent(ex, notices);
            }
        }
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>
    /// Whether a failure to send is only logged: when the save has committed already (no explicit transaction), a lost
    /// notice must not turn it into a failed save. Inside the caller's transaction the notices go out at its commit, or
    /// not at all, so the failure stands.
    /// </summary>
    private static bool AlreadyCommitted(DbContext context, Exception ex) =>
        context.Database.CurrentTransaction is null && ex is DbException or TimeoutException or InvalidOperationException;

    /// <summary>All the save's notices in one statement, so one round trip however many plans and kinds it touched.</summary>
    private static FormattableString NotifySql(List<PlanChangeNotice> notices)
    {
        var payloads = notices.Select(n => n.ToPayload()).ToArray();
        return $"SELECT pg_notify({PlanChangeNotice.Channel}, payload) FROM unnest({payloads}) AS payload";
    }

    private void NotSent(Exception ex, List<PlanChangeNotice> notices) =>
        logger.LogWarning(ex, "A save committed but its {Count} live update notice(s) could not be sent; open pages show the change on their next reload",
            notices.Count);

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Take(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var changed = new HashSet<(Guid Plan, PlanChangeKind Kind, string? Key)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case IHasHistory record:
                    changed.Add((record.HistoryPlanId, PlanChangeKind.Content, entry.Metadata.ClrType.Name));
                    break;
                case CommentThread thread:
                    changed.Add((thread.PlanId, PlanChangeKind.Comment, thread.Anchor));
                    break;
                case Comment comment:
                    changed.Add((comment.PlanId, PlanChangeKind.Comment, null));
                    break;
                case Notification notification when entry.State == EntityState.Added:
                    changed.Add((notification.PlanId, PlanChangeKind.Inbox, notification.RecipientId));
                    break;
            }
        }
        // A comment's notice with its thread's anchor says all that one without it would.
        changed.RemoveWhere(c => c.Key is null && c.Kind == PlanChangeKind.Comment && changed.Any(o => o.Plan == c.Plan && o.Kind == c.Kind && o.Key is not null));
        var notices = changed.Select(c => new PlanChangeNotice(c.Plan, c.Kind, c.Key, currentUser.UserId, origin.Id)).ToList();
        _pending.AddOrUpdate(context, notices);
    }

    private List<PlanChangeNotice> Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var notices)) return [];
        _pending.Remove(context);
        return notices;
    }
}
