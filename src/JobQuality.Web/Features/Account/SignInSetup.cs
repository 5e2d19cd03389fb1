using JobQuality.Data.Identity;
using JobQuality.Web.Features.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace JobQuality.Web.Features.Account;

/// <summary>Cookie sign-in with the session limits of OWASP ASVS level 2.</summary>
public static class SignInSetup
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    /// <summary>How often a session re-checks the account: a disabled user is signed out within this time.</summary>
    public static readonly TimeSpan SecurityCheckInterval = TimeSpan.FromMinutes(1);

    private const string SignedInAtKey = "jq.signed-in-at";

    public static IServiceCollection AddJobQualitySignIn(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                // Pages read the session cookie; an API call with an Authorization header is judged on its token instead.
                options.DefaultScheme = TokenAuthentication.SessionOrTokenScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPersonalAccessTokens()
            .AddIdentityCookies();

        services.AddJobQualityIdentityCore()
            .AddSignInManager<JobQualitySignInManager>()
            .AddDefaultTokenProviders();
        services.AddSingleton<IEmailSender<AppUser>, LoggingEmailSender>();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SecurityCheckInterval);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "JobQuality.Session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/not-found";
            cookie.ExpireTimeSpan = IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.Events.OnSigningIn = context =>
            {
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                context.Properties.Items[SignedInAtKey] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
                // A session cookie never outlives the browser unless "remember me" is chosen; either way the idle and absolute limits apply.
                return Task.CompletedTask;
            };
            cookie.Events.OnValidatePrincipal = async context =>
            {
                if (IsPastAbsoluteTimeout(context))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        return services;
    }

    private static bool IsPastAbsoluteTimeout(CookieValidatePrincipalContext context)
    {
        if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var raw) || !long.TryParse(raw, out var seconds))
        {
            return true; // A session without a sign-in time was not issued by this app.
        }
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        return clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > AbsoluteTimeout;
    }

    /// <summary>The API answers with a status code; pages redirect to the sign-in form.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
