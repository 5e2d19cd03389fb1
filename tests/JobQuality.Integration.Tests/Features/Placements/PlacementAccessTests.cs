using System.Net;
using System.Net.Http.Json;
using System.Text;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Placements;

/// <summary>
/// Placements are participant-level data: coalition partners never reach them or the records of their uploads (and
/// cannot tell whether any exist), but may read the baseline, which holds group counts only. Another board's staff
/// cannot reach them by guessing an import id.
/// </summary>
public sealed class PlacementAccessTests(AppFactory app) : AppTest(app)
{
    private static readonly string Placements = ScoringFiles.Placements();

    /// <summary>A director of "north" signed in, with a scored upload and a rejected one.</summary>
    private async Task<(Browser Director, Guid StoredId, Guid RejectedId)> NorthWithImportsAsync(bool scored)
    {
        var north = await Data.OrganizationAsync("north");
        await Data.UserAsync("dana@north.test", north, OrganizationRole.Director);
        var director = NewBrowser();
        await director.SignInOrFailAsync("dana@north.test");
        var api = new ScoringApi(director.Client);
        Guid storedId;
        if (scored)
        {
            await api.ImportLivingWagesAsync(ScoringFiles.LivingWages(), 2025);
            await api.PublishAsync(ScoringFiles.Standards());
            storedId = (await api.ImportAndWaitAsync(Placements)).Id;
        }
        else
        {
            storedId = (await api.ImportAsync(Placements)).ImportId;
        }
        var rejected = await api.UploadAsync("placement_id,placement_date,hourly_wage\np1,2026-01-05,lots\n");
        rejected.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var rejectedId = (await rejected.Content.ReadFromJsonAsync<ScoringApi.ImportResult>())!.ImportId;
        return (director, storedId, rejectedId);
    }

    /// <summary>Every way to placement rows or upload records, for one organization's slug and the given import ids.</summary>
    private static IEnumerable<Func<HttpClient, Task<HttpResponseMessage>>> PlacementRequests(string slug, Guid storedId, Guid rejectedId) =>
    [
        c => c.PostAsync($"/api/orgs/{slug}/placements", new StringContent(Placements, Encoding.UTF8, "text/csv")),
        c => c.GetAsync($"/api/orgs/{slug}/placements/imports"),
        c => c.GetAsync($"/api/orgs/{slug}/placements/imports/{storedId}"),
        c => c.GetAsync($"/api/orgs/{slug}/placements/imports/{rejectedId}"),
        c => c.GetAsync($"/api/orgs/{slug}/placements/imports/{rejectedId}/errors"),
        c => c.GetAsync($"/api/orgs/{slug}/placements/imports/{rejectedId}/errors.csv"),
    ];

    private static async Task ShouldAllBeNotFoundAsync(HttpClient client, IEnumerable<Func<HttpClient, Task<HttpResponseMessage>>> requests)
    {
        foreach (var request in requests)
        {
            var response = await request(client);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}");
        }
    }

    [Fact]
    public async Task Partners_CannotReachPlacementsOrImports_ButReadTheBaselineWithoutAnyId()
    {
        var (director, storedId, rejectedId) = await NorthWithImportsAsync(scored: true);
        using var _ = director;
        await using (var db = App.NewDbContext())
        {
            await Data.UserAsync("pat@north.test", await db.Organizations.SingleAsync(), OrganizationRole.Partner);
        }
        using var partner = NewBrowser();
        await partner.SignInOrFailAsync("pat@north.test");

        await ShouldAllBeNotFoundAsync(partner.Client, PlacementRequests("north", storedId, rejectedId));
        var baseline = await new ScoringApi(partner.Client).BaselineJsonAsync(ScoringFiles.AllBreakdowns);

        await using (var db = App.NewDbContext())
        {
            (await db.Placements.CountAsync()).ShouldBe(ScoringFiles.Rows);
            (await db.PlacementImports.CountAsync()).ShouldBe(2);
        }
        baseline.ShouldBe(await new ScoringApi(director.Client).BaselineJsonAsync(ScoringFiles.AllBreakdowns));
        baseline.ShouldNotContain("placement_id");
        baseline.ShouldNotContain("participant_id");
        var ids = ScoringFiles.ColumnValues(Placements, "placement_id").Concat(ScoringFiles.ColumnValues(Placements, "participant_id"));
        ids.Where(id => baseline.Contains(id, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnotherBoardsStaff_GetNotFound_ForThisBoardsImports()
    {
        var (director, storedId, rejectedId) = await NorthWithImportsAsync(scored: false);
        using var _ = director;
        var south = await Data.OrganizationAsync("south");
        await Data.UserAsync("sam@south.test", south, OrganizationRole.Staff);
        using var other = NewBrowser();
        await other.SignInOrFailAsync("sam@south.test");

        // North's import ids under south's own address (where the caller is staff), and under north's.
        await ShouldAllBeNotFoundAsync(other.Client, PlacementRequests("south", storedId, rejectedId).Skip(2));
        await ShouldAllBeNotFoundAsync(other.Client, PlacementRequests("north", storedId, rejectedId));
        (await other.Client.GetAsync("/api/orgs/north/baseline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var own = await new ScoringApi(other.Client, "south").ImportsAsync();
        own.Imports.ShouldBeEmpty();
        own.StoredPlacements.ShouldBe(0);
        await using var db = App.NewDbContext();
        (await db.Placements.CountAsync()).ShouldBe(ScoringFiles.Rows);
    }
}
