using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Tokens;

/// <summary>The signed-in person's API tokens, newest first, including revoked and expired ones.</summary>
public static class ListMyTokens
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<IReadOnlyList<TokenView>> HandleAsync(CancellationToken ct = default)
        {
            if (currentUser.UserId is not { } userId) return [];
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var tokens = await db.PersonalAccessTokens.AsNoTracking()
                .Where(t => t.UserId == userId)
                .OrderByDescending(t => t.CreatedAt)
                .ToListAsync(ct);
            var now = clock.GetUtcNow();
            return tokens.Select(t => TokenView.From(t, now)).ToList();
        }
    }
}
