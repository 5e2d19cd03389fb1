namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// Builds the address of an invitation link. When <c>JobQuality:PublicUrl</c> is set (the address people reach the app
/// at, e.g. behind a proxy) links use it; otherwise they use the address the inviter is using.
/// </summary>
public sealed class InvitationLinks(IConfiguration configuration)
{
    public const string PublicUrlSetting = "JobQuality:PublicUrl";

    public string For(string token, string requestBaseUri)
    {
        var configured = configuration[PublicUrlSetting];
        var baseUri = string.IsNullOrWhiteSpace(configured) ? requestBaseUri : configured;
        if (!baseUri.EndsWith('/')) baseUri += "/";
        return new Uri(new Uri(baseUri), $"invitations/{token}").ToString();
    }
}
