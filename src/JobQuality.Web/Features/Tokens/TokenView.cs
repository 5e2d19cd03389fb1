using JobQuality.Core.Accounts;

namespace JobQuality.Web.Features.Tokens;

public enum TokenStatus
{
    Active,
    Expired,
    Revoked,
}

/// <summary>What the tokens page shows of a token: never its secret, which is not stored.</summary>
public sealed record TokenView(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    TokenStatus Status)
{
    /// <summary>How the token begins, enough to recognise it without revealing it ("jq_k3v9x0ab_…").</summary>
    public string Hint => $"{TokenFormat.Start}{Prefix}_…";

    public static TokenView From(PersonalAccessToken token, DateTimeOffset now) => new(
        token.Id, token.Name, token.Prefix, token.CreatedAt, token.ExpiresAt, token.LastUsedAt, token.RevokedAt,
        token.IsRevoked ? TokenStatus.Revoked : token.IsExpiredAt(now) ? TokenStatus.Expired : TokenStatus.Active);
}

/// <summary>The lifetimes offered when making a token.</summary>
public enum TokenLifetime
{
    ThirtyDays,
    NinetyDays,
    OneYear,
    NoExpiry,
}

public static class TokenLifetimes
{
    public static TimeSpan? Duration(this TokenLifetime lifetime) => lifetime switch
    {
        TokenLifetime.ThirtyDays => TimeSpan.FromDays(30),
        TokenLifetime.NinetyDays => TimeSpan.FromDays(90),
        TokenLifetime.OneYear => TimeSpan.FromDays(365),
        TokenLifetime.NoExpiry => null,
        _ => throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, null),
    };

    public static string DisplayName(this TokenLifetime lifetime) => lifetime switch
    {
        TokenLifetime.ThirtyDays => "30 days",
        TokenLifetime.NinetyDays => "90 days",
        TokenLifetime.OneYear => "1 year",
        TokenLifetime.NoExpiry => "Never (until you revoke it)",
        _ => lifetime.ToString(),
    };
}
