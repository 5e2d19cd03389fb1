using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Inbox;

/// <summary>
/// Marks one of the caller's notifications read, or all of them (<see cref="Command.NotificationId"/> null). Someone
/// else's notification is not found. Answers how many are still unread.
/// </summary>
public static class MarkRead
{
    public sealed record Command(Guid? NotificationId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<UnreadCountView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            if (access.UserId is not { } userId) return Outcome<UnreadCountView>.NotFound();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow();
            var mine = InboxQueries.Mine(db, userId);
            if (command.NotificationId is { } id)
            {
                var notification = await mine.FirstOrDefaultAsync(n => n.Id == id, ct);
                if (notification is null) return Outcome<UnreadCountView>.NotFound();
                notification.MarkRead(now);
                await db.SaveChangesAsync(ct);
            }
            else
            {
                // Every unread one, including those of plans the person no longer sees: they are done with them too.
                await db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
            }
            return Outcome<UnreadCountView>.Ok(new UnreadCountView(await mine.CountAsync(n => n.ReadAt == null, ct)));
        }
    }
}
