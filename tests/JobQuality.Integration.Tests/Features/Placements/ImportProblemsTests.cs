using System.Net;
using System.Net.Http.Json;
using System.Text;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Placements;

/// <summary>
/// A rejected upload: nothing stored, its record says why, and its problems can be read a page at a time or downloaded
/// as a CSV report that is safe to open in a spreadsheet.
/// </summary>
public sealed class ImportProblemsTests(AppFactory app) : AppTest(app)
{
    private const string Formula = "=HYPERLINK(\"x\")";

    /// <summary>40 placements: rows 2–26 with a wage of "n/a", row 31 with a formula for a wage (quoted as CSV requires).</summary>
    private static string FileWithBadRows()
    {
        var csv = new StringWriter();
        new SampleDataGenerator(3).WritePlacements(csv, 40);
        var lines = csv.ToString().TrimEnd('\n').Split('\n').Select(l => l.Split(',')).ToList();
        var wage = Array.IndexOf(lines[0], "hourly_wage");
        for (var row = 2; row <= 26; row++) lines[row - 1][wage] = "n/a";
        lines[30][wage] = "\"" + Formula.Replace("\"", "\"\"") + "\"";
        return string.Join('\n', lines.Select(l => string.Join(',', l))) + "\n";
    }

    private static IEnumerable<(int Row, string Column, string Value)> Expected() =>
        Enumerable.Range(2, 25).Select(row => (row, "hourly_wage", "n/a")).Append((31, "hourly_wage", Formula));

    [Fact]
    public async Task AFileWithBadRows_StoresNothing_AndItsProblemsArePagedAndDownloadable()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var api = new ScoringApi(browser.Client);

        var response = await api.UploadAsync(FileWithBadRows(), "march.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var result = (await response.Content.ReadFromJsonAsync<ScoringApi.ImportResult>())!;
        result.Stored.ShouldBeFalse();
        result.ScoringRunId.ShouldBeNull();
        await using (var db = App.NewDbContext())
        {
            (await db.Placements.CountAsync()).ShouldBe(0);
            (await db.ScoringRuns.CountAsync()).ShouldBe(0);
        }

        var import = await api.ImportStatusAsync(result.ImportId);
        (import.Status, import.ErrorCount, import.FileName, import.Scoring).ShouldBe(("Rejected", 26, "march.csv", (ScoringApi.ScoringRunView?)null));
        import.Message.ShouldBe("Nothing was stored: the file has 26 problems to fix first.");

        var first = await ErrorsAsync(browser.Client, result.ImportId, "?skip=0&take=10");
        var last = await ErrorsAsync(browser.Client, result.ImportId, "?skip=20&take=10");
        (first.Total, last.Total).ShouldBe((26, 26));
        first.Errors.Select(e => (e.Row, e.Column, e.Value)).ShouldBe(Expected().Take(10));
        last.Errors.Select(e => (e.Row, e.Column, e.Value)).ShouldBe(Expected().Skip(20));
        first.Errors.Concat(last.Errors).ShouldAllBe(e => e.Reason.Length > 0);

        var report = await browser.Client.GetAsync($"/api/orgs/north/placements/imports/{result.ImportId}/errors.csv");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        report.Content.Headers.ContentType?.MediaType.ShouldBe("text/csv");
        report.Content.Headers.ContentDisposition?.DispositionType.ShouldBe("attachment");
        var rows = ParseCsv((await report.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        rows[0].ShouldBe(["row", "column", "value", "problem"]);
        rows.Skip(1).Select(r => (int.Parse(r[0]), r[1], r[2])).ShouldBe(
            Expected().Select(e => e.Value == Formula ? e with { Value = "'" + Formula } : e));
        var reasons = first.Errors.Concat((await ErrorsAsync(browser.Client, result.ImportId, "?skip=10&take=10")).Errors).Concat(last.Errors).Select(e => e.Reason);
        rows.Skip(1).Select(r => r[3]).ShouldBe(reasons);
    }

    private static async Task<ScoringApi.ErrorPage> ErrorsAsync(HttpClient client, Guid importId, string query)
    {
        var response = await client.GetAsync($"/api/orgs/north/placements/imports/{importId}/errors{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ScoringApi.ErrorPage>())!;
    }

    /// <summary>Reads RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r') cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
