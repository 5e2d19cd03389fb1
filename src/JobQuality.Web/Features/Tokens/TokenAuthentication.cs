using System.Security.Claims;
using System.Text.Encodings.Web;
using JobQuality.Core.Accounts;
using JobQuality.Data;
using JobQuality.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace JobQuality.Web.Features.Tokens;

/// <summary>
/// Signs in REST API calls that carry <c>Authorization: Bearer jq_…</c>. Pages and the live connection only ever
/// read the session cookie, so a token opens the API and nothing else.
/// </summary>
public static class TokenAuthentication
{
    /// <summary>The scheme every request starts with: it picks the token handler or the session cookie.</summary>
    public const string SessionOrTokenScheme = "JobQuality.SessionOrToken";
    public const string TokenScheme = "JobQuality.Token";

    /// <summary>The claim that names the token a request came with (absent for cookie sessions).</summary>
    public const string TokenIdClaim = "jq.token-id";

    public static AuthenticationBuilder AddPersonalAccessTokens(this AuthenticationBuilder builder) => builder
        .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(TokenScheme, "Personal access token", _ => { })
        .AddPolicyScheme(SessionOrTokenScheme, "Session or personal access token", options =>
            options.ForwardDefaultSelector = context => UsesToken(context.Request) ? TokenScheme : IdentityConstants.ApplicationScheme);

    /// <summary>An API call with an Authorization header is judged on that header alone, never on a cookie.</summary>
    public static bool UsesToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") && request.Headers.ContainsKey(HeaderNames.Authorization);
}

/// <summary>
/// Checks a personal access token: known prefix, matching hash (compared in constant time), not revoked, not expired,
/// and an account that may still sign in. The principal carries the same claims as a cookie session.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header is not a bearer token.");
        }
        if (!TokenFormat.TryParse(header[BearerPrefix.Length..].Trim(), out var prefix, out var secret))
        {
            LogRefused(Logger, "(none)", "not a JobQuality token");
            return AuthenticateResult.Fail("Not a JobQuality token.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var token = await db.PersonalAccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Prefix == prefix, Context.RequestAborted);
        if (token is null || !TokenFormat.Matches(secret, token.Hash))
        {
            LogRefused(Logger, prefix, "unknown token");
            return AuthenticateResult.Fail("Unknown token.");
        }
        var now = clock.GetUtcNow();
        if (token.IsRevoked) return Refuse(prefix, "revoked");
        if (token.IsExpiredAt(now)) return Refuse(prefix, "expired");

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || !await signIn.CanSignInAsync(user)) return Refuse(prefix, "account may not sign in");

        // The same claims a session cookie carries (user id, name, security stamp), so AccessControl treats both alike.
        var session = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(session.Claims, Scheme.Name, ClaimsIdentity.DefaultNameClaimType, ClaimsIdentity.DefaultRoleClaimType);
        identity.AddClaim(new Claim(TokenAuthentication.TokenIdClaim, token.Id.ToString()));

        if (token.ShouldRecordUseAt(now))
        {
            var recordedBefore = now - PersonalAccessToken.LastUsedPrecision;
            await db.PersonalAccessTokens
                .Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt <= recordedBefore))
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    private AuthenticateResult Refuse(string prefix, string reason)
    {
        LogRefused(Logger, prefix, reason);
        return AuthenticateResult.Fail($"Token refused: {reason}.");
    }

    /// <summary>A missing or refused token gets 401 with a problem in JSON, never a redirect to the sign-in page.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Your API token was not accepted",
                detail: "Send a personal access token as \"Authorization: Bearer jq_…\". A token stops working when it is revoked, " +
                        "when it expires, or when its account is disabled. You can see your tokens and make a new one on the API tokens page.")
            .ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not allowed",
                detail: "Your account may see this, but not change it.")
            .ExecuteAsync(Context);

    private static void LogRefused(ILogger logger, string tokenPrefix, string reason) =>
        logger.LogWarning("API token {TokenPrefix} refused: {Reason}", tokenPrefix, reason);
}
