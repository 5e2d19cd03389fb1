using FluentValidation;
using JobQuality.Core.Invitations;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// Invites the person at an email address to a plan as a coalition partner: staff, directors and administrators of the
/// plan's organization (partners get 403), never into an archived plan. The link is emailed when a mail server is
/// configured; otherwise it is returned, once, for the inviter to send.
/// <para>
/// Inviting an address that already has an open invitation to the plan <b>replaces</b> it: the earlier link is revoked
/// and a new one made. Only the hash of a link is stored, so an inviter who lost the link (or whose email went astray)
/// could not get it back; refusing would force them to revoke and invite again, which is what replacing does in one
/// step. At most one link per address and plan works at any time (a partial unique index holds to that).
/// </para>
/// </summary>
public static class InvitePartner
{
    /// <summary>
    /// How many invitations one person may make in <see cref="RateWindow"/>, across every plan and app instance. Each
    /// one may send an email from the board's address, so a mistaken loop or a stolen session cannot send many.
    /// </summary>
    public const int RateLimit = 20;

    public static readonly TimeSpan RateWindow = TimeSpan.FromHours(1);

    public sealed class Command
    {
        public Guid PlanId { get; set; }

        /// <summary>The address of the person to invite.</summary>
        public string Email { get; set; } = "";
    }

    /// <param name="Link">The link to send, when it was not emailed (null when it was).</param>
    /// <param name="Emailed">True when the invitation was emailed.</param>
    /// <param name="EmailFailed">True when a mail server is configured but the email could not be sent (the link is returned instead).</param>
    /// <param name="ReplacedEarlier">True when an earlier link to the same address stopped working.</param>
    public sealed record Result(InvitationView Invitation, string? Link, bool Emailed, bool EmailFailed, bool ReplacedEarlier);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the email address of the person to invite.")
                .MaximumLength(PlanInvitation.EmailMaxLength)
                .WithMessage($"Email addresses are at most {PlanInvitation.EmailMaxLength} characters.")
                .Must(e => MimeKit.MailboxAddress.TryParse(e.Trim(), out var address) && address.Address.Contains('@') && string.IsNullOrEmpty(address.Name))
                .WithMessage("Enter one email address, like name@example.org.");
        }
    }

    public sealed class Handler(
        IDbContextFactory<AppDbContext> dbFactory,
        AccessControl access,
        IValidator<Command> validator,
        InvitationLinks links,
        IInvitationMailer mailer,
        TimeProvider clock,
        ILogger<Handler> logger)
    {
        /// <param name="requestBaseUri">The address the inviter uses (e.g. https://app.example.org/), for the link when no public address is configured.</param>
        public async Task<Outcome<Result>> HandleAsync(Command command, string requestBaseUri, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<Result>.NotFound();
            if (!found.CanEdit) return Outcome<Result>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<Result>.Invalid(validation);
            if (found.Plan.IsArchived)
            {
                return Outcome<Result>.Invalid(nameof(Command.Email), "This plan is archived. Restore it before inviting partners.");
            }

            var normalized = PlanInvitation.NormalizeEmail(command.Email);
            var existing = await db.Users.AsNoTracking()
                .Where(u => u.NormalizedEmail == normalized)
                .Select(u => new
                {
                    u.Id,
                    Role = db.OrganizationMemberships
                        .Where(m => m.UserId == u.Id && m.OrganizationId == found.Plan.OrganizationId)
                        .Select(m => (OrganizationRole?)m.Role).FirstOrDefault(),
                    OnPlan = db.PlanMembers.Any(m => m.UserId == u.Id && m.PlanId == command.PlanId),
                })
                .FirstOrDefaultAsync(ct);
            if (existing is { Role: { } role } && role.SeesAllPlans())
            {
                return Outcome<Result>.Invalid(nameof(Command.Email),
                    $"{command.Email.Trim()} is {role.DisplayName().ToLowerInvariant()} at {found.Organization.Name} and already sees every plan. No invitation is needed.");
            }
            if (existing is { OnPlan: true })
            {
                return Outcome<Result>.Invalid(nameof(Command.Email), $"{command.Email.Trim()} is already a partner on this plan.");
            }

            var userId = access.UserId!;
            var now = clock.GetUtcNow();
            var (invitation, token) = PlanInvitation.Create(command.PlanId, command.Email, userId, now);
            bool replaced;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await LockInviterAsync(db, userId, ct);
                if (await RateLimitProblemAsync(db, userId, now, ct) is { } tooMany) return Outcome<Result>.TooMany(nameof(Command.Email), tooMany);
                var earlier = await db.PlanInvitations
                    .Where(i => i.PlanId == command.PlanId && i.NormalizedEmail == normalized && i.AcceptedAt == null && i.RevokedAt == null)
                    .ToListAsync(ct);
                foreach (var open in earlier) open.Revoke(userId, now);
                replaced = earlier.Any(i => i.ExpiresAt > now);
                await db.SaveChangesAsync(ct);
                db.PlanInvitations.Add(invitation);
                if (existing is not null) await Inbox.Notify.InvitationAsync(db, invitation, existing.Id, now, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return Outcome<Result>.Invalid(nameof(Command.Email),
                    "Someone invited this address at the same moment. Look at the pending invitations below before trying again.");
            }
            logger.LogInformation("User {UserId} invited a partner to plan {PlanId} (invitation {InvitationId}, replaced an earlier one: {Replaced})",
                userId, command.PlanId, invitation.Id, replaced);

            var inviterName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(ct);
            var view = InvitationView.From(invitation, now, inviterName, null);
            var link = links.For(token, requestBaseUri);
            if (!mailer.CanSend) return Outcome<Result>.Ok(new Result(view, link, Emailed: false, EmailFailed: false, replaced));

            try
            {
                await mailer.SendAsync(new InvitationMessage(
                    invitation.Email, inviterName, found.Plan.Name, found.Organization.Name, link, invitation.ExpiresAt), ct);
                logger.LogInformation("Invitation {InvitationId} to plan {PlanId} emailed", invitation.Id, command.PlanId);
                return Outcome<Result>.Ok(new Result(view, null, Emailed: true, EmailFailed: false, replaced));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The invitation stands; the inviter is given the link to send another way.
                logger.LogWarning(e, "Invitation {InvitationId} to plan {PlanId} could not be emailed; the inviter was given the link", invitation.Id, command.PlanId);
                return Outcome<Result>.Ok(new Result(view, link, Emailed: false, EmailFailed: true, replaced));
            }
        }

        /// <summary>
        /// Holds back a person who has made <see cref="RateLimit"/> invitations within the last <see cref="RateWindow"/>
        /// (counted from <c>PlanInvitations</c>, replaced and revoked ones included: each was sent), saying when they
        /// can invite again. Call after <see cref="LockInviterAsync"/> in the transaction that adds the invitation.
        /// </summary>
        private static async Task<string?> RateLimitProblemAsync(AppDbContext db, string userId, DateTimeOffset now, CancellationToken ct)
        {
            var sent = db.PlanInvitations.Where(i => i.InvitedBy == userId).Select(i => i.CreatedAt);
            if (await RateLimits.WaitAsync(sent, RateLimit, RateWindow, now, ct) is not { } wait) return null;
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            return $"You have sent {RateLimit} invitations in the last hour, the most one person can send. " +
                $"You can invite again in {minutes} minute{(minutes == 1 ? "" : "s")}. The address you typed is still here.";
        }

        /// <summary>
        /// Serializes one person's invitations (a PostgreSQL advisory lock held until the transaction ends), so two at
        /// the same moment, even on two app instances, are counted one after the other.
        /// </summary>
        private static Task LockInviterAsync(AppDbContext db, string userId, CancellationToken ct) => RateLimits.LockPersonAsync(db, 7305, userId, ct);
    }
}
