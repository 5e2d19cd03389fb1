using JobQuality.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace JobQuality.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign people out.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async ([FromServices] SignInManager<AppUser> signIn, ILogger<SignInManager<AppUser>> logger) =>
        {
            await signIn.SignOutAsync();
            logger.LogInformation("User signed out");
            return TypedResults.LocalRedirect("/account/login?signedOut=true");
        });
    }
}
