using Microsoft.AspNetCore.Identity;

namespace JobQuality.Data.Identity;

/// <summary>A person who signs in. Their role lives on each organization membership, not here.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 120;

    public string DisplayName { get; set; } = "";

    /// <summary>A disabled user cannot sign in, and their open sessions end at the next security check.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
