using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Data.Identity;

/// <summary>
/// The account rules shared by the web app and the command line (OWASP ASVS level 2):
/// long passwords without composition rules, breached passwords refused, lockout after repeated failures.
/// </summary>
public static class JobQualityIdentity
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>PBKDF2-HMAC-SHA512 iterations, as OWASP recommends for that hash.</summary>
    public const int PasswordHashIterations = 210_000;

    public static void ConfigureOptions(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>Identity's user store and rules, without any sign-in machinery (the CLI uses this alone).</summary>
    public static IdentityBuilder AddJobQualityIdentityCore(this IServiceCollection services)
    {
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        return services.AddIdentityCore<AppUser>(ConfigureOptions)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>();
    }
}
