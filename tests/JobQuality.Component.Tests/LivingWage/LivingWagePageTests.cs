using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Web.Features.LivingWage;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobQuality.Component.Tests.LivingWage;

public sealed class LivingWagePageTests : PageTest
{
    public LivingWagePageTests(SeededDatabase database) : base(database)
    {
        Services.AddScoped<ListLivingWageTables.Handler>();
        Services.AddScoped<ImportLivingWageTable.Handler>();
    }

    [Fact]
    public async Task Import_BadFileThenGoodFile_ListsEveryProblemThenTheTable()
    {
        var (slug, userId) = await Database.OrganizationWithPersonAsync(OrganizationRole.Staff);
        SignInAs(userId);
        var page = Render<LivingWagePage>(p => p.Add(x => x.Slug, slug));
        page.WaitForAssertion(() => page.Markup.ShouldContain("No living wage tables yet"), DatabaseWait);

        page.Find("#living-wage-source").Change("State study");
        page.Find("#living-wage-year").Change("2025");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "county_fips,household_type,hourly_wage\n1809,1A0C,19.40\n18097,1A1C,-1\n", "bad.csv"));
        await page.InvokeAsync(() => page.FindComponents<MudButton>().Single(b => b.Markup.Contains("Import table")).Find("button").Click());

        page.WaitForAssertion(() => page.Markup.ShouldContain("The file has 2 problems"), DatabaseWait);
        page.FindAll("tbody tr").Count.ShouldBe(2);
        page.Markup.ShouldContain("No living wage tables yet");

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "county_fips,household_type,hourly_wage\n18097,1A0C,19.40\n18097,1A1C,35.80\n", "good.csv"));
        await page.InvokeAsync(() => page.FindComponents<MudButton>().Single(b => b.Markup.Contains("Import table")).Find("button").Click());

        page.WaitForAssertion(() => page.Markup.ShouldNotContain("No living wage tables yet"), DatabaseWait);
        page.Markup.ShouldContain("State study");
        page.Markup.ShouldContain("good.csv");
        page.Markup.ShouldNotContain("The file has 2 problems");
    }
}
