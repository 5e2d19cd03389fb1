using FluentValidation;
using JobQuality.Data;
using JobQuality.Data.Identity;
using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// Someone without an account accepts an invitation by making one: a coalition partner account for the invited address
/// (the address comes from the invitation, not from the form), with the app's password rules. The account, the Partner
/// role, the plan membership and the used link are saved in one transaction: either all of them or none.
/// </summary>
public static class AcceptInvitationWithNewAccount
{
    public sealed class Command
    {
        public string Token { get; set; } = "";

        /// <summary>The name others see on the plan.</summary>
        public string DisplayName { get; set; } = "";

        public string Password { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DisplayName).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter your name as others on the plan should see it.")
                .Must(n => n.Trim().Length <= AppUser.DisplayNameMaxLength)
                .WithMessage($"Keep your name to {AppUser.DisplayNameMaxLength} characters or fewer.");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Choose a password.");
        }
    }

    public sealed class Handler(
        IDbContextFactory<AppDbContext> dbFactory,
        IServiceProvider services,
        IValidator<Command> validator,
        TimeProvider clock,
        ILogger<Handler> logger)
    {
        public async Task<Outcome<AcceptInvitation.Accepted>> HandleAsync(Command command, CancellationToken ct = default)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<AcceptInvitation.Accepted>.Invalid(validation);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow();
            var found = await InvitationAcceptance.FindAsync(db, command.Token, ct);
            if (InvitationAcceptance.WhyNotUsable(found, now) is { } why) return Outcome<AcceptInvitation.Accepted>.Invalid("", why);
            var invitation = found!.Invitation;
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == invitation.NormalizedEmail, ct))
            {
                return Outcome<AcceptInvitation.Accepted>.Invalid("", AccountExists(invitation.Email));
            }

            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var user = new AppUser
                {
                    UserName = invitation.Email,
                    Email = invitation.Email,
                    // The link reached this address, which is what confirming an address proves.
                    EmailConfirmed = true,
                    DisplayName = command.DisplayName.Trim(),
                    CreatedAt = now,
                };
                // Identity's own rules (password policy, common passwords, unique address) on this context, without
                // saving: the account is written with everything else below.
                using var store = new UserStore<AppUser>(db) { AutoSaveChanges = false };
                using var users = ActivatorUtilities.CreateInstance<UserManager<AppUser>>(services, store);
                var created = await users.CreateAsync(user, command.Password);
                if (!created.Succeeded)
                {
                    return created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                        ? Outcome<AcceptInvitation.Accepted>.Invalid("", AccountExists(invitation.Email))
                        : new Outcome<AcceptInvitation.Accepted>(OutcomeStatus.Invalid,
                            Errors: created.Errors.Select(e => new FieldError(nameof(Command.Password), e.Description)).ToList());
                }
                if (!await InvitationAcceptance.ClaimAsync(db, invitation.Id, now, ct))
                {
                    await transaction.RollbackAsync(ct);
                    return Outcome<AcceptInvitation.Accepted>.Invalid("", await InvitationAcceptance.WhyClaimFailedAsync(db, command.Token, now, ct));
                }
                await InvitationAcceptance.GrantAccessAsync(db, found, user.Id, ct);
                await db.SaveChangesAsync(ct);
                await InvitationAcceptance.RecordAcceptedByAsync(db, invitation.Id, user.Id, ct);
                await transaction.CommitAsync(ct);
                logger.LogInformation("User {UserId} created a partner account from invitation {InvitationId} to plan {PlanId}", user.Id, invitation.Id, invitation.PlanId);
                return Outcome<AcceptInvitation.Accepted>.Ok(new AcceptInvitation.Accepted(invitation.PlanId, user.Id, AlreadyStaff: false));
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // An account for this address was made at the same moment (another invitation, or an administrator).
                return Outcome<AcceptInvitation.Accepted>.Invalid("", AccountExists(invitation.Email));
            }
        }

        public static string AccountExists(string email) =>
            $"There is already a JobQuality account for {email}. Sign in with it to accept the invitation.";
    }
}
