using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Tokens;

/// <summary>Stops one of the signed-in person's tokens working at once. Someone else's token is reported as not found.</summary>
public static class RevokeToken
{
    public sealed record Command(Guid TokenId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, ICurrentUser currentUser, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<TokenView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            if (currentUser.UserId is not { } userId) return Outcome<TokenView>.NotFound();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == command.TokenId && t.UserId == userId, ct);
            if (token is null)
            {
                logger.LogWarning("User {UserId} tried to revoke API token {TokenId}, which is not theirs or does not exist", userId, command.TokenId);
                return Outcome<TokenView>.NotFound();
            }
            var now = clock.GetUtcNow();
            token.Revoke(now);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserId} revoked API token {TokenId} ({TokenPrefix})", userId, token.Id, token.Prefix);
            return Outcome<TokenView>.Ok(TokenView.From(token, now));
        }
    }
}
