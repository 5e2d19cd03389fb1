using System.Text.Json;
using static JobQuality.Core.Tests.Cli.CliRun;

namespace JobQuality.Core.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"jq-score-{Guid.NewGuid():N}.out");

    private static string[] ScoreSamples(params string[] extra) =>
        ["score", "--standards", Sample("standards.json"), "--living-wage", Sample("living_wage.csv"), "--placements", Sample("placements.csv"), .. extra];

    [Fact]
    public async Task Score_PublicSamples_WritesEveryPlacementInFileOrder_AndTheSummary()
    {
        var (exitCode, _, error) = await RunAsync(ScoreSamples("--by", "sex", "--by", "age", "--output", _output));

        exitCode.ShouldBe(0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(_output));
        var root = json.RootElement;
        var placements = root.GetProperty("placements").EnumerateArray().ToList();
        placements.Count.ShouldBe(60);
        placements[0].GetProperty("placement_id").GetString().ShouldBe("P7-000000");
        placements[^1].GetProperty("placement_id").GetString().ShouldBe("P7-000059");
        var summary = root.GetProperty("summary");
        summary.GetProperty("total").GetInt32().ShouldBe(60);
        (summary.GetProperty("quality").GetInt32() + summary.GetProperty("not_quality").GetInt32() + summary.GetProperty("incomplete").GetInt32()).ShouldBe(60);
        summary.GetProperty("by").GetProperty("sex").GetArrayLength().ShouldBeGreaterThan(0);
        summary.GetProperty("by").GetProperty("age").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Score_FirstSamplePlacement_MatchesAWorkingByHand()
    {
        // P7-000000: $40.84 in 42003 for 1A2C, whose living wage is $46.00 -> Earnings NotMet; 24 weekly hours -> Schedules NotMet;
        // insurance Y and 10 leave days -> Benefits Met; "w2 " and no violations -> SafetyAndSecurity Met; worker voice "no",
        // training N, purpose 1 -> NotMet. 2 of 7 counted principles met: 28.6. EnvironmentAndCulture is not used.
        await RunAsync(ScoreSamples("--output", _output));
        using var json = JsonDocument.Parse(File.ReadAllText(_output));
        var first = json.RootElement.GetProperty("placements")[0];

        first.GetProperty("classification").GetString().ShouldBe("NotQuality");
        first.GetProperty("score").GetDecimal().ShouldBe(28.6m);
        var principles = first.GetProperty("principles");
        principles.GetProperty("Earnings").GetString().ShouldBe("NotMet");
        principles.GetProperty("Schedules").GetString().ShouldBe("NotMet");
        principles.GetProperty("Benefits").GetString().ShouldBe("Met");
        principles.GetProperty("SafetyAndSecurity").GetString().ShouldBe("Met");
        principles.TryGetProperty("EnvironmentAndCulture", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Score_JsonKeysAndNumberFormats_FollowTheContract()
    {
        await RunAsync(ScoreSamples("--by", "race_ethnicity", "--output", _output));
        var text = File.ReadAllText(_output);
        using var json = JsonDocument.Parse(text);
        var summary = json.RootElement.GetProperty("summary");

        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["placements", "summary"]);
        summary.EnumerateObject().Select(p => p.Name).ShouldBe(["total", "quality", "not_quality", "incomplete", "quality_pct", "principles", "by"]);
        summary.GetProperty("principles").GetProperty("Earnings").EnumerateObject().Select(p => p.Name).ShouldBe(["met", "not_met", "unknown"]);
        var group = summary.GetProperty("by").GetProperty("race_ethnicity")[0];
        group.EnumerateObject().Select(p => p.Name).ShouldBe(["group", "n", "quality", "quality_pct", "suppressed"]);
        text.ShouldMatch("\"score\": \\d+\\.\\d,");
        text.ShouldMatch("\"quality_pct\": \\d+\\.\\d,");
    }

    [Fact]
    public async Task Score_SummaryOnly_LeavesOutThePlacements()
    {
        var (exitCode, _, _) = await RunAsync(ScoreSamples("--summary-only", "--output", _output));

        exitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(File.ReadAllText(_output));
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["summary"]);
    }

    [Fact]
    public async Task Score_CsvFormat_HasOneRowPerPlacementAndAColumnPerUsedPrinciple()
    {
        var (exitCode, _, _) = await RunAsync(ScoreSamples("--format", "csv", "--output", _output));

        exitCode.ShouldBe(0);
        var lines = File.ReadAllLines(_output);
        lines[0].ShouldBe("placement_id,classification,score,Earnings,Schedules,Benefits,SafetyAndSecurity,VoiceAndRepresentation,LearningAndDevelopment,PurposeAndMeaning");
        lines.Length.ShouldBe(61);
        lines[1].ShouldBe("P7-000000,NotQuality,28.6,NotMet,NotMet,Met,Met,NotMet,NotMet,NotMet");
    }

    [Fact]
    public async Task Score_BadPlacements_ExitsWith2_AndPrintsEveryErrorAsFileRowColumn()
    {
        var placements = TempFile("placement_id,placement_date,hourly_wage\nP-1,2026-05-01,abc\nP-1,2026-13-01,20\n");

        var (exitCode, output, error) = await RunAsync("score", "--standards", Sample("standards.json"), "--living-wage", Sample("living_wage.csv"),
            "--placements", placements, "--output", _output);

        exitCode.ShouldBe(2);
        error.ShouldContain($"{placements}:2:hourly_wage: \"abc\" is not a number");
        error.ShouldContain($"{placements}:3:placement_date: \"2026-13-01\"");
        error.ShouldContain($"{placements}:3:placement_id: \"P-1\"");
        File.Exists(_output).ShouldBeFalse("nothing is written when the input is invalid");
        output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Score_InvalidStandards_ExitsWith2_NamingThePrinciple()
    {
        var standards = TempFile("""{ "name": "x", "principles": [ { "principle": "Earnings", "mode": "Required", "criteria": [ { "field": "wage", "op": ">=", "value": 1 } ] } ] }""", ".json");

        var (exitCode, _, error) = await RunAsync("score", "--standards", standards, "--living-wage", Sample("living_wage.csv"), "--placements", Sample("placements.csv"));

        exitCode.ShouldBe(2);
        error.ShouldContain("Earnings, criterion 1: \"wage\" is not a placement field");
    }

    [Fact]
    public async Task Score_UnknownByColumn_ExitsWith2()
    {
        var (exitCode, _, error) = await RunAsync(ScoreSamples("--by", "shoe_size"));

        exitCode.ShouldBe(2);
        error.ShouldContain("shoe_size");
    }

    [Fact]
    public async Task Score_MissingFile_ExitsWith2_SayingWhichFile()
    {
        var (exitCode, _, error) = await RunAsync("score", "--standards", "/no/such/standards.json", "--living-wage", Sample("living_wage.csv"), "--placements", Sample("placements.csv"));

        exitCode.ShouldBe(2);
        error.ShouldContain("/no/such/standards.json");
    }

    public void Dispose()
    {
        if (File.Exists(_output)) File.Delete(_output);
    }
}
