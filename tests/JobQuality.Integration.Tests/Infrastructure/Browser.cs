using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>An HTTP client that keeps cookies and signs in through the real sign-in form, antiforgery token and all.</summary>
public sealed partial class Browser(AppFactory app) : IDisposable
{
    public HttpClient Client { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        SubmitFormAsync("/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Opens a server-rendered form page and posts it back as a browser would, with its antiforgery token.</summary>
    /// <param name="handler">The form's name (Blazor's <c>_handler</c> field); null for a plain form such as sign-out.</param>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, string? handler, Dictionary<string, string> fields, string? postTo = null) =>
        await (await OpenFormAsync(url, handler, fields, postTo))();

    /// <summary>
    /// Opens a server-rendered form page now and returns the post to send later, as a person who leaves a page open
    /// before pressing its button (several tabs pressing together; a form sent after something changed).
    /// </summary>
    public async Task<Func<Task<HttpResponseMessage>>> OpenFormAsync(string url, string? handler, Dictionary<string, string> fields, string? postTo = null)
    {
        var page = await Client.GetStringAsync(url);
        var token = AntiforgeryField().Match(page);
        token.Success.ShouldBeTrue($"The page {url} has no antiforgery token.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        if (handler is not null) fields["_handler"] = handler;
        return () => Client.PostAsync(postTo ?? url, new FormUrlEncodedContent(fields));
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
