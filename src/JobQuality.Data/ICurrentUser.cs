namespace JobQuality.Data;

/// <summary>Who is acting right now: the signed-in user in the app, the operator on the command line.</summary>
public interface ICurrentUser
{
    /// <summary>The acting user's id, or null when nobody is signed in.</summary>
    string? UserId { get; }
}

/// <summary>A fixed identity: the command line ("cli") and background work use it.</summary>
public sealed class FixedCurrentUser(string? userId) : ICurrentUser
{
    /// <summary>The id the audit columns and the history record for changes made with the <c>jobquality</c> command.</summary>
    public const string CommandLine = "cli";

    public string? UserId { get; } = userId;
}
