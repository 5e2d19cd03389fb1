using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobQuality.Web.Features.Invitations;

/// <summary>The mail server invitations are sent through (section <c>Smtp</c>). Without a host, nothing is emailed.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>The sender, e.g. <c>JobQuality &lt;no-reply@metro-wdb.org&gt;</c>.</summary>
    public string? From { get; set; }

    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>
    /// MailKit's <see cref="SecureSocketOptions"/>: <c>Auto</c> (TLS on port 465, STARTTLS when offered elsewhere),
    /// <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c> (only for a relay on the same machine or network).
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Why the settings cannot be used, or null.</summary>
    public string? Problem() =>
        !IsConfigured ? null
        : string.IsNullOrWhiteSpace(From) ? "Smtp:Host is set but Smtp:From is not: say which address invitations come from."
        : !MailboxAddress.TryParse(From, out _) ? $"Smtp:From \"{From}\" is not an email address."
        : Port is < 1 or > 65535 ? $"Smtp:Port {Port} is not a port number."
        : null;
}

/// <summary>Stops the app at start when mail settings are half there, saying which one is wrong.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}

/// <summary>An invitation email: who is invited where, by whom, and the link.</summary>
public sealed record InvitationMessage(string To, string InviterName, string PlanName, string OrganizationName, string Link, DateTimeOffset ExpiresAt);

public interface IInvitationMailer
{
    /// <summary>Whether invitations are emailed; when false, the inviter is given the link to send.</summary>
    bool CanSend { get; }

    Task SendAsync(InvitationMessage message, CancellationToken ct = default);
}

/// <summary>Sends invitations with MailKit when <see cref="SmtpOptions.Host"/> is configured.</summary>
public sealed class SmtpInvitationMailer(IOptions<SmtpOptions> options) : IInvitationMailer
{
    private readonly SmtpOptions _smtp = options.Value;

    public bool CanSend => _smtp.IsConfigured;

    public async Task SendAsync(InvitationMessage message, CancellationToken ct = default)
    {
        if (!CanSend) throw new InvalidOperationException("No mail server is configured (Smtp:Host).");
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(_smtp.Host!, _smtp.Port, _smtp.Security, ct);
        if (!string.IsNullOrEmpty(_smtp.User))
        {
            await client.AuthenticateAsync(_smtp.User, _smtp.Password ?? "", ct);
        }
        await client.SendAsync(Compose(message), ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    internal MimeMessage Compose(InvitationMessage message)
    {
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(_smtp.From!));
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Subject = $"{message.InviterName} invited you to the plan “{message.PlanName}” on JobQuality";
        mail.Body = new TextPart("plain")
        {
            Text = $"""
                Hello,

                {message.InviterName} of {message.OrganizationName} invited you to join the job quality plan “{message.PlanName}” as a coalition partner. Partners can read every part of the plan.

                Open this link to accept (it works once, until {message.ExpiresAt.UtcDateTime:d MMMM yyyy} UTC):
                {message.Link}

                If you do not have a JobQuality account yet, the link lets you make one with this email address.
                If the link has expired, ask {message.InviterName} to send you a new one. If you were not expecting this, you can ignore this email.
                """,
        };
        return mail;
    }
}
