using JobQuality.Data.Identity;
using JobQuality.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JobQuality.Web.Features.Account;

/// <summary>Identity's sign-in, plus: a disabled account cannot sign in, and its sessions fail their next check.</summary>
public sealed class JobQualitySignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    IHostEnvironment environment)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>Disabled accounts never sign in; demo accounts (with a published password) only in Development.</summary>
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        !user.IsDisabled
        && (environment.IsDevelopment() || !DemoData.IsDemoAccount(user.Email))
        && await base.CanSignInAsync(user);

    public override async Task<AppUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}
