using AngleSharp.Dom;
using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Web.Features.Plans;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobQuality.Component.Tests.Plans;

public sealed class CreatePlanDialogTests(SeededDatabase database) : PageTest(database)
{
    [Fact]
    public async Task CreatePlanDialog_SubmittedEmpty_ShowsWhatIsMissingAndStaysOpen()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff);
        SignInAs(userId);
        var (provider, dialog) = await OpenDialogAsync(slug);
        provider.Markup.ShouldNotContain("Give the plan a name.");

        await Button(provider, "Create plan").ClickAsync(new MouseEventArgs());

        provider.WaitForAssertion(() => provider.Markup.ShouldContain("Give the plan a name."));
        provider.Markup.ShouldContain("Name the coalition team and where it is based.");
        dialog.Result.IsCompleted.ShouldBeFalse();
        await using var db = Database.NewDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == slug);
        (await db.Plans.CountAsync(p => p.OrganizationId == organization.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task CreatePlanDialog_WithANameAndTeam_CreatesThePlanAndClosesWithIt()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Director);
        SignInAs(userId);
        var (provider, dialog) = await OpenDialogAsync(slug);

        await Field(provider, "Plan name").InputAsync(new() { Value = "Quality jobs in logistics" });
        await Field(provider, "Team name and homebase").InputAsync(new() { Value = "Port Logistics Coalition" });
        await Button(provider, "Create plan").ClickAsync(new MouseEventArgs());

        var result = await dialog.Result.WaitAsync(DatabaseWait);
        result.ShouldNotBeNull();
        result.Canceled.ShouldBeFalse();
        var created = result.Data.ShouldBeOfType<PlanSummary>();
        created.Name.ShouldBe("Quality jobs in logistics");
        await using var db = Database.NewDbContext();
        var plan = await db.Plans.SingleAsync(p => p.Id == created.Id);
        plan.TeamName.ShouldBe("Port Logistics Coalition");
        (await db.Organizations.SingleAsync(o => o.Id == plan.OrganizationId)).Slug.ShouldBe(slug);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenDialogAsync(string slug)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var dialog = await provider.InvokeAsync(() => dialogs.ShowAsync<CreatePlanDialog>("Start a new plan",
            new DialogParameters<CreatePlanDialog> { { d => d.OrganizationSlug, slug } }));
        provider.WaitForAssertion(() => provider.Markup.ShouldContain("Start a new plan"));
        return (provider, dialog);
    }

    private static IElement Field(IRenderedComponent<MudDialogProvider> provider, string label)
    {
        var id = provider.FindAll("label").Single(l => l.TextContent.Trim().StartsWith(label, StringComparison.Ordinal)).GetAttribute("for");
        return provider.Find($"#{id}");
    }

    private static IElement Button(IRenderedComponent<MudDialogProvider> provider, string name) =>
        provider.FindAll("button").Single(b => b.TextContent.Trim() == name);
}
