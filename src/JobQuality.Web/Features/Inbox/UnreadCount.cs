using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Inbox;

/// <summary>How many of the caller's notifications are unread (for the bell in the app bar).</summary>
public static class UnreadCount
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<UnreadCountView>> HandleAsync(CancellationToken ct = default)
        {
            if (access.UserId is not { } userId) return Outcome<UnreadCountView>.NotFound();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var count = await InboxQueries.Mine(db, userId).CountAsync(n => n.ReadAt == null, ct);
            return Outcome<UnreadCountView>.Ok(new UnreadCountView(count));
        }
    }
}
