using JobQuality.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JobQuality.Web.Features.Account;

/// <summary>
/// No mail server is configured yet: in Development the password reset link is written to the log so it can
/// be followed; elsewhere the log says a reset was requested, without the secret link.
/// </summary>
public sealed class LoggingEmailSender(IHostEnvironment environment, ILogger<LoggingEmailSender> logger) : IEmailSender<AppUser>
{
    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink)
    {
        if (environment.IsDevelopment())
        {
            logger.LogInformation("Password reset link for {Email}: {ResetLink}", email, resetLink);
        }
        else
        {
            logger.LogWarning("Password reset requested for user {UserId}, but no mail server is configured to send the link", user.Id);
        }
        return Task.CompletedTask;
    }

    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) => Task.CompletedTask;

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) => Task.CompletedTask;
}
