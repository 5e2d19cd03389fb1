using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.History;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.ValueProposition;

public sealed class ValuePropositionTests(AppFactory app) : AppTest(app)
{
    private static object Body(uint version, string who = "home health aides") => new
    {
        version,
        targetCustomers = who,
        painPoints = "escape unpredictable schedules",
        aspirations = "build careers",
        strategies = "scheduling standards with employers",
        levers = new[] { "Procurement", "Policy" },
    };

    [Fact]
    public async Task FirstSave_CreatesIt_AndTheSentenceReadsBack()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        (await browser.Client.GetFromJsonAsync<View>($"/api/plans/{planId}/value-proposition"))!.Version.ShouldBe(0u);

        var response = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/value-proposition", Body(0));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = await browser.Client.GetFromJsonAsync<View>($"/api/plans/{planId}/value-proposition");
        view!.Sentence.ShouldBe("Our job quality work aims to help home health aides to escape unpredictable schedules and build careers " +
                                "by scheduling standards with employers. The primary levers we will use are procurement and policy.");
        view.IsComplete.ShouldBeTrue();
        await using var db = App.NewDbContext();
        (await db.ChangeRecords.CountAsync(c => c.PlanId == planId && c.EntityType == "ValueProposition" && c.Kind == ChangeKind.Added)).ShouldBe(1);
        var history = await browser.Client.GetFromJsonAsync<List<HistoryEntry>>($"/api/plans/{planId}/history");
        history![0].Description.ShouldBe("started the value proposition");
    }

    private sealed record HistoryEntry(string Description);

    [Fact]
    public async Task SaveFromAStaleVersion_IsAConflict_AndNothingIsOverwritten()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var first = await (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/value-proposition", Body(0, "first team's wording"))).Content.ReadFromJsonAsync<View>();
        await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/value-proposition", Body(first!.Version, "second wording"));

        var stale = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/value-proposition", Body(first.Version, "stale wording"));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<View>())!.TargetCustomers.ShouldBe("second wording");
        await using var db = App.NewDbContext();
        (await db.ValuePropositions.SingleAsync()).TargetCustomers.ShouldBe("second wording");
    }

    [Fact]
    public async Task PartnerOnThePlan_CanReadButNotSave()
    {
        var (browser, planId) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = browser;

        (await browser.Client.GetAsync($"/api/plans/{planId}/value-proposition")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/value-proposition", Body(0))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = App.NewDbContext();
        (await db.ValuePropositions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task TooLongAnswer_IsRefusedNamingTheField()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var response = await browser.Client.PutAsJsonAsync($"/api/plans/{planId}/value-proposition", Body(0, new string('x', 2001)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("TargetCustomers");
    }

    private sealed record View(Guid PlanId, string TargetCustomers, string Sentence, bool IsComplete, uint Version);
}
