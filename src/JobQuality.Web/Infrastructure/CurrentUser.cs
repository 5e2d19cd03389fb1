using System.Security.Claims;
using JobQuality.Data;
using Microsoft.AspNetCore.Components.Authorization;

namespace JobQuality.Web.Infrastructure;

/// <summary>
/// The signed-in user of this scope, read from Blazor's authentication state. It works the same in an
/// interactive circuit, a server-rendered page and an API endpoint (the middleware below feeds the latter).
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationState) : ICurrentUser
{
    public ClaimsPrincipal Principal
    {
        get
        {
            try
            {
                var state = authenticationState.GetAuthenticationStateAsync();
                return state.IsCompletedSuccessfully ? state.Result.User : new ClaimsPrincipal();
            }
            catch (InvalidOperationException)
            {
                // No authentication state in this scope yet: treat as anonymous.
                return new ClaimsPrincipal();
            }
        }
    }

    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
}

public static class CurrentUserMiddleware
{
    /// <summary>API endpoints run outside Blazor rendering: hand them the request's user as the authentication state.</summary>
    public static IApplicationBuilder UseCurrentUserForRequests(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.RequestServices.GetService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        }
        return next(context);
    });
}
