using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using JobQuality.Core.Baseline;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.Placements;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.Placements;

public sealed class PlacementImportTests(AppFactory app) : AppTest(app)
{
    private sealed record ImportError(int Row, string Column, string Value, string Reason);

    private sealed record ImportResult(bool Stored, int Rows, int New, int Changed, int Unchanged, List<ImportError> Errors, string Message);

    private static string Placements(int rows, int seed = 7)
    {
        var csv = new StringWriter();
        new SampleDataGenerator(seed).WritePlacements(csv, rows);
        return csv.ToString();
    }

    private static Task<HttpResponseMessage> UploadAsync(Browser browser, string csv, string slug = "north") =>
        browser.Client.PostAsync($"/api/orgs/{slug}/placements", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private async Task<int> StoredCountAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Placements.CountAsync();
    }

    [Fact]
    public async Task TenThousandRows_AreStored_AndImportingTheSameFileAgainChangesNothing()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var csv = Placements(10_000);

        var first = await UploadAsync(browser, csv);
        var again = await UploadAsync(browser, csv);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var firstResult = (await first.Content.ReadFromJsonAsync<ImportResult>())!;
        (firstResult.Rows, firstResult.New, firstResult.Changed, firstResult.Unchanged).ShouldBe((10_000, 10_000, 0, 0));
        var againResult = (await again.Content.ReadFromJsonAsync<ImportResult>())!;
        againResult.Message.ShouldBe("10,000 rows: 0 new, 0 changed, 10,000 unchanged.");
        (await StoredCountAsync()).ShouldBe(10_000);
    }

    [Fact]
    public async Task TwoUploadsOfTheSameNewFileAtOnce_StoreEachPlacementOnce()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var csv = Placements(2_000);

        var responses = await Task.WhenAll(UploadAsync(browser, csv), UploadAsync(browser, csv));

        var results = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<ImportResult>()));
        results.Select(r => r!.New).Order().ShouldBe([0, 2_000]);
        results.Select(r => r!.Unchanged).Order().ShouldBe([0, 2_000]);
        (await StoredCountAsync()).ShouldBe(2_000);
    }

    [Fact]
    public async Task AChangedRow_IsUpdated_AndANewOneAdded()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var lines = Placements(20).TrimEnd().Split('\n').ToList();
        await UploadAsync(browser, string.Join('\n', lines.Take(11))); // header and the first 10 rows
        var id = lines[1].Split(',')[0];
        await using (var db = App.NewDbContext())
        {
            (await db.Placements.SingleAsync(p => p.PlacementId == id)).EmployerName.ShouldNotBe("Renamed Employer Inc");
        }
        var header = lines[0].Split(',').ToList();
        var cells = lines[1].Split(',');
        cells[header.IndexOf("employer_name")] = "Renamed Employer Inc";
        lines[1] = string.Join(',', cells);

        var response = await UploadAsync(browser, string.Join('\n', lines.Take(12)));

        var result = (await response.Content.ReadFromJsonAsync<ImportResult>())!;
        (result.New, result.Changed, result.Unchanged).ShouldBe((1, 1, 9));
        await using var check = App.NewDbContext();
        (await check.Placements.SingleAsync(p => p.PlacementId == id)).EmployerName.ShouldBe("Renamed Employer Inc");
    }

    [Fact]
    public async Task AFileWithBadRows_StoresNothing_AndReportsEveryError()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var lines = Placements(30).TrimEnd().Split('\n').ToList();
        var header = lines[0].Split(',').ToList();
        string Broken(int line, string column, string value)
        {
            var cells = lines[line].Split(',');
            cells[header.IndexOf(column)] = value;
            return string.Join(',', cells);
        }
        lines[3] = Broken(3, "hourly_wage", "twelve");
        lines[20] = Broken(20, "county_fips", "123");
        lines[29] = Broken(29, "placement_date", "");

        var response = await UploadAsync(browser, string.Join('\n', lines));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var result = (await response.Content.ReadFromJsonAsync<ImportResult>())!;
        result.Stored.ShouldBeFalse();
        result.Message.ShouldBe("Nothing was stored: the file has 3 problems to fix first.");
        result.Errors.Select(e => (e.Row, e.Column, e.Value)).ShouldBe([(4, "hourly_wage", "twelve"), (21, "county_fips", "123"), (30, "placement_date", "")]);
        result.Errors.ShouldAllBe(e => e.Reason.Length > 0);
        (await StoredCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ACancelledImport_StoresNothing()
    {
        var board = await Data.OrganizationAsync("north");
        var user = await Data.UserAsync("someone@north.test", board, OrganizationRole.Staff);
        using var cancel = new CancellationTokenSource();
        await using var file = new CancellingStream(Placements(5_000), cancel);

        using var scope = App.Services.CreateScope();
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "test"));
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(signedIn)));
        var handler = scope.ServiceProvider.GetRequiredService<ImportPlacements.Handler>();

        await Should.ThrowAsync<OperationCanceledException>(() => handler.HandleAsync(new ImportPlacements.Command("north", file), cancel.Token));

        (await StoredCountAsync()).ShouldBe(0);
        await using var db = App.NewDbContext();
        (await db.PlacementImports.SingleAsync()).Status.ShouldBe(PlacementImportStatus.Cancelled);
    }

    [Fact]
    public async Task PartnersAndOtherBoards_CannotImport()
    {
        var (partner, _) = await SignedInWithAPlanAsync(OrganizationRole.Partner);
        using var _ = partner;
        var csv = Placements(5);

        (await UploadAsync(partner, csv)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await Data.OrganizationAsync("south");
        (await UploadAsync(partner, csv, slug: "south")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StoredCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task OnlyCsvIsAccepted()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;

        var response = await browser.Client.PostAsync("/api/orgs/north/placements", new StringContent(Placements(5), Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    /// <summary>A file that cancels the import part-way through, as a user pressing Cancel would.</summary>
    /// <summary>A file that cancels the import once half of it has been read, while rows are being copied.</summary>
    private sealed class CancellingStream(string text, CancellationTokenSource cancel) : MemoryStream(Encoding.UTF8.GetBytes(text))
    {
        public override int Read(byte[] buffer, int offset, int count) => Cancelling(base.Read(buffer, offset, Math.Min(count, 4096)));

        public override int Read(Span<byte> buffer) => Cancelling(base.Read(buffer[..Math.Min(buffer.Length, 4096)]));

        private int Cancelling(int read)
        {
            if (Position >= Length / 2) cancel.Cancel();
            return read;
        }
    }
}
