using System.Net.Http.Json;
using System.Text;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Integration.Tests.Features.Placements;

/// <summary>
/// An import finds unchanged rows by the fingerprint stored with each placement, without comparing values in the
/// database: a change in any single column must still be found and stored, a value written another way (12.5 and
/// 12.50, yes and true) is no change, and rows stored before fingerprints are compared by value once.
/// </summary>
public sealed class PlacementFingerprintTests(AppFactory app) : AppTest(app)
{
    private sealed record ImportResult(bool Stored, int Rows, int New, int Changed, int Unchanged, string Message);

    private static readonly string[] Columns = SampleDataGenerator.Header.Split(',');

    /// <summary>A valid value for every column, and another valid value that differs from it.</summary>
    private static readonly Dictionary<string, (string Value, string Other)> Values = new()
    {
        ["placement_date"] = ("2026-03-01", "2026-03-02"),
        ["participant_id"] = ("X100000", "X100001"),
        ["program"] = ("WIOA Adult", "wioa adult"),
        ["employer_name"] = ("Metro Home Health", "Lakeside Nursing Center"),
        ["employer_naics"] = ("621610", "623110"),
        ["occupation_soc"] = ("31-1122", "31-1131"),
        ["county_fips"] = ("18097", "18057"),
        ["household_type"] = (HouseholdTypes.All[0], HouseholdTypes.All[1]),
        ["hourly_wage"] = ("17.25", "17.26"),
        ["weekly_hours"] = ("40", "39.5"),
        ["employment_type"] = ("W2", "1099"),
        ["schedule_notice_days"] = ("7", "8"),
        ["health_insurance_offered"] = ("yes", "no"),
        ["employer_premium_share_pct"] = ("50", "60"),
        ["paid_leave_days"] = ("10", "11"),
        ["retirement_plan_offered"] = ("yes", "no"),
        ["worker_voice"] = ("no", "yes"),
        ["training_provided"] = ("yes", "no"),
        ["career_pathway"] = ("no", "yes"),
        ["safety_violations_3y"] = ("0", "1"),
        ["env_culture_rating"] = ("4", "5"),
        ["purpose_rating"] = ("3", "4"),
        ["race_ethnicity"] = ("White", "Asian"),
        ["sex"] = ("Female", "Male"),
        ["age"] = ("30", "31"),
        ["veteran"] = ("no", "yes"),
        ["disability"] = ("no", "yes"),
    };

    private static readonly string[] Changing = Columns.Skip(1).ToArray();

    private static readonly string[] Optional = Changing.Where(c => c != "placement_date").ToArray();

    /// <summary>One row per column that changes value, one per optional column that is blanked, and two that never change.</summary>
    private static string File(bool changed)
    {
        var rows = new List<Dictionary<string, string>>();
        foreach (var column in Changing) rows.Add(Row($"V-{column}", column, changed ? Values[column].Other : null));
        foreach (var column in Optional) rows.Add(Row($"B-{column}", column, changed ? "" : null));
        rows.Add(Row("same-1", "hourly_wage", changed ? "17.250" : null)); // 17.25 written another way
        rows.Add(Row("same-2", "health_insurance_offered", changed ? "true" : null)); // yes written another way
        var csv = new StringBuilder(SampleDataGenerator.Header).Append('\n');
        foreach (var row in rows) csv.Append(string.Join(',', Columns.Select(c => row[c]))).Append('\n');
        return csv.ToString();
    }

    private static Dictionary<string, string> Row(string id, string column, string? value)
    {
        var row = Values.ToDictionary(v => v.Key, v => v.Value.Value);
        row["placement_id"] = id;
        if (value is not null) row[column] = value;
        return row;
    }

    private static async Task<ImportResult> UploadAsync(Browser browser, string csv)
    {
        var response = await browser.Client.PostAsync("/api/orgs/north/placements", new StringContent(csv, Encoding.UTF8, "text/csv"));
        return (await response.Content.ReadFromJsonAsync<ImportResult>())!;
    }

    /// <summary>The placements the file describes, read by the engine's reader, by id.</summary>
    private static Dictionary<string, Placement> Read(string csv)
    {
        var reader = new PlacementCsvReader(new StringReader(csv));
        var placements = reader.ReadAll().ToDictionary(p => p.PlacementId);
        reader.Errors.ShouldBeEmpty();
        return placements;
    }

    private async Task<Dictionary<string, Placement>> StoredAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Placements.AsNoTracking().ToDictionaryAsync(p => p.PlacementId);
    }

    private static void ShouldBeStored(Dictionary<string, Placement> stored, Dictionary<string, Placement> expected)
    {
        stored.Keys.Order().ShouldBe(expected.Keys.Order());
        foreach (var property in typeof(Placement).GetProperties())
        {
            foreach (var (id, placement) in expected)
            {
                property.GetValue(stored[id]).ShouldBe(property.GetValue(placement), $"{id}: {property.Name}");
            }
        }
    }

    [Fact]
    public async Task AChangeInAnySingleColumn_IsFound_AndStored_AndValuesWrittenAnotherWayAreUnchanged()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var before = File(changed: false);
        var after = File(changed: true);
        var rows = Changing.Length + Optional.Length + 2;

        var first = await UploadAsync(browser, before);
        var second = await UploadAsync(browser, after);
        var again = await UploadAsync(browser, after);

        (first.New, first.Changed, first.Unchanged).ShouldBe((rows, 0, 0));
        (second.New, second.Changed, second.Unchanged).ShouldBe((0, rows - 2, 2), second.Message);
        (again.New, again.Changed, again.Unchanged).ShouldBe((0, 0, rows));
        var stored = await StoredAsync();
        // Each changed row holds its new value; the two rows written another way keep the values first stored.
        var expected = Read(after);
        expected["same-1"] = Read(before)["same-1"];
        ShouldBeStored(stored, expected);
        stored["same-1"].HourlyWage.ToString().ShouldBe("17.25"); // not rewritten as 17.250
    }

    [Fact]
    public async Task RowsStoredBeforeFingerprints_AreComparedByValue_ThenFoundByFingerprint()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var before = File(changed: false);
        var after = File(changed: true);
        var rows = Changing.Length + Optional.Length + 2;
        await UploadAsync(browser, before);
        await using (var db = App.NewDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Placements" SET "RowHash" = NULL""");
        }

        var same = await UploadAsync(browser, before);
        int withoutFingerprint;
        await using (var db = App.NewDbContext())
        {
            withoutFingerprint = await db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM "Placements" WHERE "RowHash" IS NULL""").SingleAsync();
        }
        var changed = await UploadAsync(browser, after);

        (same.New, same.Changed, same.Unchanged).ShouldBe((0, 0, rows));
        withoutFingerprint.ShouldBe(0);
        (changed.New, changed.Changed, changed.Unchanged).ShouldBe((0, rows - 2, 2));
        var expected = Read(after);
        expected["same-1"] = Read(before)["same-1"];
        ShouldBeStored(await StoredAsync(), expected);
    }

    [Fact]
    public async Task NewAndChangedRowsInterleaved_AreCountedAndStored_BeyondOneStagingBatch()
    {
        var (browser, _) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var csv = new StringWriter();
        new SampleDataGenerator(11).WritePlacements(csv, 12_000);
        var rows = csv.ToString().TrimEnd('\n').Split('\n').Skip(1).ToList();
        await UploadAsync(browser, string.Join('\n', rows.Take(11_000).Prepend(SampleDataGenerator.Header)));

        // 10,500 stored rows change (more than one staging batch), 500 do not, and 1,000 new rows come in two runs
        // between them, so rows go to the placements table and to staging by turns.
        var wage = Array.IndexOf(Columns, "hourly_wage");
        var changed = rows.Take(10_500).Select(line =>
        {
            var cells = line.Split(',');
            cells[wage] = cells[wage] == "" ? "1.00" : "";
            return string.Join(',', cells);
        }).ToList();
        var file = string.Join('\n', new[] { SampleDataGenerator.Header }
            .Concat(changed.Take(4_000)).Concat(rows.Skip(11_000).Take(500))
            .Concat(changed.Skip(4_000)).Concat(rows.Skip(10_500).Take(500)).Concat(rows.Skip(11_500)));
        var result = await UploadAsync(browser, file);

        (result.New, result.Changed, result.Unchanged).ShouldBe((1_000, 10_500, 500));
        ShouldBeStored(await StoredAsync(), Read(file));
        (await UploadAsync(browser, file)).Message.ShouldBe("12,000 rows: 0 new, 0 changed, 12,000 unchanged.");
    }
}
