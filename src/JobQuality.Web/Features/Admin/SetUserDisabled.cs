using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Data.Identity;
using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Admin;

/// <summary>Disables (or re-enables) a person's account. Disabling ends their open sessions within a minute.</summary>
public static class SetUserDisabled
{
    public sealed record Command(string OrganizationSlug, string UserId, bool Disabled);

    public sealed class Handler(
        IDbContextFactory<AppDbContext> dbFactory, AccessControl access, UserManager<AppUser> users, ILogger<Handler> logger)
    {
        public async Task<Outcome<bool>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindOrganizationAsync(db, command.OrganizationSlug, ct);
            if (organization is null) return Outcome<bool>.NotFound();
            if (!organization.Role.CanManageUsers()) return Outcome<bool>.NotAllowed();
            if (command.UserId == access.UserId) return Outcome<bool>.Invalid(nameof(Command.UserId), "You cannot disable your own account.");

            var isMember = await db.OrganizationMemberships
                .AnyAsync(m => m.OrganizationId == organization.OrganizationId && m.UserId == command.UserId, ct);
            var user = isMember ? await users.FindByIdAsync(command.UserId) : null;
            if (user is null) return Outcome<bool>.NotFound();

            await AccountStatus.SetDisabledAsync(users, user, command.Disabled);
            logger.LogInformation("User {UserId} set account {TargetUserId} disabled={Disabled}", access.UserId, user.Id, command.Disabled);
            return Outcome<bool>.Ok(command.Disabled);
        }
    }
}
