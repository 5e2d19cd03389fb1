using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace JobQuality.Data.Identity;

/// <summary>
/// Refuses passwords found in breach lists (OWASP ASVS 2.1.7). Together with the length rule this
/// replaces composition rules ("one digit, one symbol"), which push people to predictable patterns.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(Load);

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is not null && IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password appears in lists of commonly used passwords. Choose a longer phrase that is only yours.",
            }));
        }
        return Task.FromResult(IdentityResult.Success);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("JobQuality.Data.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded common password list is missing from JobQuality.Data.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) words.Add(line);
        }
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
