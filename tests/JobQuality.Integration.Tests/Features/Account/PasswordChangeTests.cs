using System.Net;
using System.Text;
using JobQuality.Core.Organizations;
using JobQuality.Data.Identity;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.Account;

public sealed class PasswordChangeTests(AppFactory app) : AppTest(app)
{
    [Fact]
    public async Task ResetPassword_WithTheEmailedLink_SetsTheNewPassword()
    {
        var (browser, user, response) = await ResetWithEmailedLinkAsync("a brand new passphrase");
        using var _ = browser;

        (await response.Content.ReadAsStringAsync()).ShouldContain("Your password has been changed");
        (await browser.SignInAsync(user.Email!, TestData.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "the old password must stop working");
        await browser.SignInOrFailAsync(user.Email!, "a brand new passphrase");
    }

    [Fact]
    public async Task ResetPassword_WithACommonPassword_ExplainsWhyAndKeepsTheOldOne()
    {
        var (browser, user, response) = await ResetWithEmailedLinkAsync("password1234");
        using var _ = browser;

        (await response.Content.ReadAsStringAsync()).ShouldContain("commonly used passwords");
        await browser.SignInOrFailAsync(user.Email!);
    }

    [Fact]
    public async Task ChangePassword_WithTheCurrentPassword_ChangesIt()
    {
        var board = await Data.OrganizationAsync("north");
        await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("staff@north.test");

        var response = await browser.SubmitFormAsync("/account/change-password", "change-password", new()
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.Password"] = "my second passphrase",
            ["Input.ConfirmPassword"] = "my second passphrase",
        });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Your password has been changed");
        (await browser.Client.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.OK, "this browser stays signed in");
        using var other = NewBrowser();
        await other.SignInOrFailAsync("staff@north.test", "my second passphrase");
    }

    /// <summary>A staff member follows a fresh reset link and submits <paramref name="newPassword"/> twice.</summary>
    private async Task<(Browser Browser, AppUser User, HttpResponseMessage Response)> ResetWithEmailedLinkAsync(string newPassword)
    {
        var board = await Data.OrganizationAsync("north");
        var user = await Data.UserAsync("staff@north.test", board, OrganizationRole.Staff);
        var code = await ResetCodeAsync(user);
        var browser = NewBrowser();
        var response = await browser.SubmitFormAsync($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}", "reset-password", new()
        {
            ["email"] = user.Email!,
            ["code"] = code,
            ["Input.Password"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
        return (browser, user, response);
    }

    private async Task<string> ResetCodeAsync(AppUser user)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(user.Id))!);
        return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
    }
}
