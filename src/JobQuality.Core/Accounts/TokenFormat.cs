using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace JobQuality.Core.Accounts;

/// <summary>
/// Personal access tokens read <c>jq_&lt;prefix&gt;_&lt;secret&gt;</c>: a fixed "jq_" so they are easy to spot (and for
/// secret scanners), a short lowercase prefix to find the token, and 32 random bytes in base64url as the secret.
/// </summary>
public static class TokenFormat
{
    public const string Start = "jq_";
    public const int SecretBytes = 32;
    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new token, and the prefix and hash to store for it.</summary>
    public static (string Token, string Prefix, byte[] Hash) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PersonalAccessToken.PrefixLength);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return ($"{Start}{prefix}_{secret}", prefix, Hash(secret));
    }

    /// <summary>Splits a token into prefix and secret; false for anything that does not look like one of ours.</summary>
    public static bool TryParse(string? token, out string prefix, out string secret)
    {
        prefix = "";
        secret = "";
        var length = Start.Length + PersonalAccessToken.PrefixLength + 1;
        if (token is null || token.Length <= length || token.Length > length + 64
            || !token.StartsWith(Start, StringComparison.Ordinal) || token[length - 1] != '_')
        {
            return false;
        }
        var candidate = token.Substring(Start.Length, PersonalAccessToken.PrefixLength);
        if (!candidate.All(PrefixAlphabet.Contains)) return false;
        prefix = candidate;
        secret = token[length..];
        return true;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Whether a presented secret matches a stored hash, in time that does not depend on where they differ.</summary>
    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);
}
