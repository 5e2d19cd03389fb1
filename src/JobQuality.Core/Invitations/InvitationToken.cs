using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace JobQuality.Core.Invitations;

/// <summary>
/// The secret in an invitation link: 32 random bytes in base64url (43 characters). Only its SHA-256 is stored, so
/// someone who reads the database cannot use a pending invitation.
/// </summary>
public static class InvitationToken
{
    public const int SecretBytes = 32;

    /// <summary>The length of a token as it appears in a link.</summary>
    public const int Length = 43;

    public static (string Token, byte[] Hash) Generate()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether a string from a link has the shape of a token (checked before any database look-up).</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
