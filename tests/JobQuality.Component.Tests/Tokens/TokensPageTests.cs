using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Web.Features.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobQuality.Component.Tests.Tokens;

public sealed class TokensPageTests : PageTest
{
    public TokensPageTests(SeededDatabase database) : base(database)
    {
        Services.AddScoped<ListMyTokens.Handler>();
        Services.AddScoped<CreateToken.Handler>();
        Services.AddScoped<RevokeToken.Handler>();
    }

    [Fact]
    public async Task NoTokens_ShowsTheEmptyState_AndTheGuidance()
    {
        var (_, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff);
        SignInAs(userId);

        var page = Render<TokensPage>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("You have no API tokens"), DatabaseWait);
        page.Find("h1").TextContent.ShouldBe("API tokens");
        page.Markup.ShouldContain("It can see and change everything you can");
        page.Find("fieldset.token-lifetime > legend").TextContent.ShouldBe("When should it stop working?");
        page.FindComponents<MudRadio<TokenLifetime>>().Count.ShouldBe(4);
    }

    [Fact]
    public async Task MakingAToken_ShowsItOnceWithACopyButton_ThenRevokingItAsksFirst()
    {
        var (_, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff);
        SignInAs(userId);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<TokensPage>();
        page.WaitForAssertion(() => page.Markup.ShouldContain("You have no API tokens"), DatabaseWait);

        page.Find(".make-token-button").Click();
        page.WaitForAssertion(() => page.Markup.ShouldContain("Say what the token is for"));

        var name = page.FindComponents<MudTextField<string>>().Single(t => t.Instance.Label == "What is it for?");
        await page.InvokeAsync(() => name.Instance.ValueChanged.InvokeAsync("Nightly import script"));
        page.Find(".make-token-button").Click();

        page.WaitForAssertion(() => page.Find(".new-token").TextContent.ShouldContain("Copy your new token now"), DatabaseWait);
        page.Find(".new-token").GetAttribute("role").ShouldBe("alert");
        var secret = page.Find("#new-token-value").GetAttribute("value")!;
        secret.ShouldStartWith("jq_");
        page.Find(".copy-token-button").Click();
        page.WaitForAssertion(() => JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments.ShouldBe([secret]));
        page.Find(".token-list").TextContent.ShouldContain("Nightly import script");
        page.Find(".token-list").TextContent.ShouldNotContain(secret);
        page.Find(".token-status").TextContent.ShouldContain("Working");

        page.Find(".revoke-token-button").GetAttribute("aria-label").ShouldBe("Revoke the token “Nightly import script”");
        page.Find(".revoke-token-button").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("will stop working straight away"));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke token").Click();

        page.WaitForAssertion(() => page.Find(".token-status").TextContent.ShouldContain("Revoked"), DatabaseWait);
        page.FindAll(".new-token").ShouldBeEmpty();
        page.FindAll(".revoke-token-button").ShouldBeEmpty();
        await using var db = Database.NewDbContext();
        (await db.PersonalAccessTokens.SingleAsync(t => t.UserId == userId)).RevokedAt.ShouldNotBeNull();
    }
}
