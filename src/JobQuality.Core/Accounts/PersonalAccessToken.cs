namespace JobQuality.Core.Accounts;

/// <summary>
/// A secret that lets a script call the REST API as the person who made it. Only a SHA-256 hash of the secret
/// is kept: the full token is shown once, when it is created, and can never be read back.
/// </summary>
public sealed class PersonalAccessToken
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 8;
    public const int HashLength = 32;

    /// <summary>How often the "last used" time is written at most, so a busy script does not write on every call.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string UserId { get; set; } = "";

    /// <summary>What the token is for, in the owner's words ("Nightly import script").</summary>
    public string Name { get; set; } = "";

    /// <summary>A short, non-secret part of the token that appears in it and in lists, so people can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the secret part of the token.</summary>
    public byte[] Hash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the token stops working; null for a token that never expires.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now;

    public bool IsActiveAt(DateTimeOffset now) => !IsRevoked && !IsExpiredAt(now);

    /// <summary>Stops the token working from now on. Revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Whether a use at <paramref name="now"/> should be recorded (at most once a minute).</summary>
    public bool ShouldRecordUseAt(DateTimeOffset now) => LastUsedAt is not { } last || now - last >= LastUsedPrecision;
}
