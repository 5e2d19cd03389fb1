using Microsoft.AspNetCore.Identity;

namespace JobQuality.Data.Identity;

public static class AccountStatus
{
    /// <summary>
    /// Disabling also changes the security stamp, which every open session compares on its next check:
    /// that is what ends sessions already in progress.
    /// </summary>
    public static async Task SetDisabledAsync(UserManager<AppUser> users, AppUser user, bool disabled)
    {
        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not update user {user.Id}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        await users.UpdateSecurityStampAsync(user);
    }
}
