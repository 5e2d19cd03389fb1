using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>
/// What a board's script does through the REST API to get a baseline: import a living wage table, publish standards,
/// upload placements, and wait (polling, as the upload page does) until they are scored.
/// </summary>
public sealed class ScoringApi(HttpClient client, string slug = "north")
{
    /// <summary>How long scoring may take before a test gives up: generous, since the tests only wait for an outcome.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public sealed record ScoringRunView(Guid Id, string Status, string Reason, int Total, int Scored, string? Problem);

    public sealed record ImportView(
        Guid Id, string FileName, string Status, int Rows, int New, int Changed, int Unchanged, int ErrorCount, string Message, ScoringRunView? Scoring);

    public sealed record ImportList(int StoredPlacements, ScoringRunView? LatestScoring, List<ImportView> Imports);

    public sealed record ImportError(int Row, string Column, string Value, string Reason);

    public sealed record ImportResult(
        Guid ImportId, bool Stored, int Rows, int New, int Changed, int Unchanged, List<ImportError> Errors, string Message, Guid? ScoringRunId);

    public sealed record ErrorPage(int Total, List<ImportError> Errors);

    public sealed record LivingWageTable(Guid Id, string SourceName, int VintageYear, int RowCount);

    public sealed record StandardsVersion(int Number, string Name, string Status);

    public HttpClient Client => client;

    public string Slug => slug;

    public Task<HttpResponseMessage> UploadAsync(string csv, string fileName = "placements.csv") =>
        client.PostAsync($"/api/orgs/{slug}/placements?fileName={Uri.EscapeDataString(fileName)}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    /// <summary>Uploads a valid file; fails the test unless it was stored.</summary>
    public async Task<ImportResult> ImportAsync(string csv, string fileName = "placements.csv")
    {
        var response = await UploadAsync(csv, fileName);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportResult>())!;
    }

    public async Task<LivingWageTable> ImportLivingWagesAsync(string csv, int vintage)
    {
        var response = await client.PostAsync(
            $"/api/orgs/{slug}/living-wage?source=MIT%20Living%20Wage%20Calculator&vintage={vintage}&fileName=living-wage-{vintage}.csv",
            new StringContent(csv, Encoding.UTF8, "text/csv"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<LivingWageTable>())!;
    }

    /// <summary>Creates the next version of the standards from <paramref name="json"/> and publishes it at once.</summary>
    public async Task<StandardsVersion> PublishAsync(string json)
    {
        var response = await client.PutAsync($"/api/orgs/{slug}/standards?publish=true", new StringContent(json, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var version = (await response.Content.ReadFromJsonAsync<StandardsVersion>())!;
        version.Status.ShouldBe("Published");
        return version;
    }

    public async Task<ImportView> ImportStatusAsync(Guid importId)
    {
        var response = await client.GetAsync($"/api/orgs/{slug}/placements/imports/{importId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportView>())!;
    }

    public async Task<ImportList> ImportsAsync()
    {
        var response = await client.GetAsync($"/api/orgs/{slug}/placements/imports");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportList>())!;
    }

    /// <summary>Polls the import, as the upload page does, until the scoring it started is done.</summary>
    public Task<ImportView> WaitUntilScoredAsync(Guid importId) => PollAsync(
        () => ImportStatusAsync(importId),
        import => import.Scoring ?? throw new ShouldAssertException($"Import {importId} started no scoring: {import.Message}"),
        $"import {importId}");

    /// <summary>Polls the imports list until the latest scoring run, the one started for <paramref name="reason"/>, is done.</summary>
    public Task<ImportList> WaitUntilScoredAsync(string reason) => PollAsync(
        ImportsAsync,
        list => list.LatestScoring is { } run && run.Reason.StartsWith(reason, StringComparison.Ordinal) ? run : null,
        $"the scoring run for \"{reason}\"");

    /// <summary>Imports, waits until scored, and returns the import as it ended.</summary>
    public async Task<ImportView> ImportAndWaitAsync(string csv, string fileName = "placements.csv")
    {
        var result = await ImportAsync(csv, fileName);
        return await WaitUntilScoredAsync(result.ImportId);
    }

    public Task<HttpResponseMessage> BaselineAsync(string query = "") => client.GetAsync($"/api/orgs/{slug}/baseline{query}");

    /// <summary>The baseline's JSON broken down by <paramref name="by"/>, with more query parameters if given; fails unless 200.</summary>
    public async Task<string> BaselineJsonAsync(IEnumerable<string> by, string moreQuery = "")
    {
        var query = "?" + string.Join('&', by.Select(c => $"by={c}")) + moreQuery;
        var response = await BaselineAsync(query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return body;
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, ScoringRunView?> runOf, string what)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            var current = await read();
            var run = runOf(current);
            if (run is { Status: "Failed" }) throw new ShouldAssertException($"Scoring failed for {what}: {run.Problem}");
            if (run is { Status: "Done" }) return current;
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException($"{what} was not scored within {Deadline.TotalSeconds} s (last seen: {run?.Status ?? "no run"}).");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
