using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>An HTTP client that keeps cookies and signs in through the real sign-in form, antiforgery token and all.</summary>
public sealed partial class Browser(AppFactory app) : IDisposable
{
    public HttpClient Client { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var form = await Client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(form);
        token.Success.ShouldBeTrue("The sign-in form has no antiforgery token.");
        return await Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public async Task SignInOrFailAsync(string email, string password = TestData.Password)
    {
        var response = await SignInAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"Signing in as {email} did not redirect: {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
