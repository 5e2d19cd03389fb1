using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Core.Scoring.Summary;
using static JobQuality.Core.Tests.Scoring.TestInputs;

namespace JobQuality.Core.Tests.Scoring;

public sealed class SummaryTests
{
    private static readonly JobQualityStandards WageStandards = Standards(
        Required(Principle.Earnings, new Criterion("hourly_wage", CriterionOp.GreaterOrEqual) { Number = 20 }),
        Scored(Principle.VoiceAndRepresentation, new Criterion("worker_voice", CriterionOp.Equal) { Flag = true }));

    /// <summary>Scores placements and summarises them, as the command line does.</summary>
    private static ScoringSummary Summarize(IEnumerable<Placement> placements, string[]? by = null, int minCell = SummaryBuilder.DefaultMinCell)
    {
        var engine = Engine(WageStandards);
        var builder = new SummaryBuilder(WageStandards, by ?? [], minCell);
        foreach (var placement in placements)
        {
            var score = engine.Score(placement);
            builder.Add(placement, score.Classification, score.Statuses);
        }
        return builder.Build();
    }

    /// <summary><paramref name="count"/> placements in <paramref name="sex"/>, the first <paramref name="quality"/> of them quality jobs.</summary>
    private static IEnumerable<Placement> Group(string? sex, int count, int quality = 0) =>
        Enumerable.Range(0, count).Select(i => Placement(p => { p.Sex = sex; p.HourlyWage = i < quality ? 25 : 10; }));

    private static IReadOnlyList<GroupResult> BySex(IEnumerable<Placement> placements, int minCell = SummaryBuilder.DefaultMinCell) =>
        Summarize(placements, ["sex"], minCell).By.Single().Groups;

    [Fact]
    public void Totals_CountEachClassification_AndTheQualityShare()
    {
        var placements = Group("F", 13, quality: 1).Append(Placement(p => p.WorkerVoice = true)).Append(Placement()).Append(Placement(p => p.HourlyWage = 30));

        var summary = Summarize(placements);

        (summary.Total, summary.Quality, summary.NotQuality, summary.Incomplete).ShouldBe((16, 2, 12, 2));
        summary.QualityPct.ShouldBe(12.5m);
    }

    [Fact]
    public void QualityPct_RoundsTheMidpointAwayFromZero()
    {
        Summarize(Group("F", 16, quality: 1)).QualityPct.ShouldBe(6.3m);
    }

    [Fact]
    public void QualityPct_IsZero_WhenThereAreNoPlacements()
    {
        var summary = Summarize([]);

        (summary.Total, summary.QualityPct).ShouldBe((0, 0m));
    }

    [Fact]
    public void Principles_CountMetNotMetAndUnknown()
    {
        var summary = Summarize([Placement(p => p.HourlyWage = 25), Placement(p => p.HourlyWage = 5), Placement(), Placement(p => p.WorkerVoice = true)]);

        summary.Principles.Select(p => (p.Principle, p.Met, p.NotMet, p.Unknown)).ShouldBe([
            (Principle.Earnings, 1, 1, 2),
            (Principle.VoiceAndRepresentation, 1, 0, 3)]);
    }

    [Fact]
    public void Groups_FoldCaseAndSpaces_AndKeepTheFirstSpellingSeen()
    {
        var placements = TestInputs.ReadPlacements(TestInputs.Csv("placement_id,placement_date,sex",
            Enumerable.Range(0, 12).Select(i => $"P-{i},2026-05-01,{(i % 3) switch { 0 => "Female", 1 => " female ", _ => "FEMALE" }}").ToArray())).Placements;

        var group = BySex(placements).ShouldHaveSingleItem();

        (group.Group, group.N).ShouldBe(("Female", 12));
    }

    [Fact]
    public void BlankValues_FormTheGroupNotReported()
    {
        var groups = BySex(Group(null, 10).Concat(Group("F", 11)));

        groups.Select(g => (g.Group, g.N)).ShouldBe([("F", 11), ("Not reported", 10)]);
    }

    [Fact]
    public void Groups_AreOrderedByNDescending_ThenNameOrdinal()
    {
        var groups = BySex(Group("b", 12).Concat(Group("B", 0)).Concat(Group("Zed", 12)).Concat(Group("alpha", 20)).Concat(Group("Able", 12)));

        groups.Select(g => g.Group).ShouldBe(["alpha", "Able", "Zed", "b"]);
    }

    [Fact]
    public void Group_ReportsItsQualityShare()
    {
        var group = BySex(Group("F", 16, quality: 1)).Single();

        (group.N, group.Quality, group.QualityPct, group.Suppressed).ShouldBe((16, 1, 6.3m, false));
    }

    [Fact]
    public void SmallGroups_AreSuppressed_WithTheirCountsWithheld()
    {
        var groups = BySex(Group("F", 30).Concat(Group("M", 20)).Concat(Group("X", 9)).Concat(Group("U", 3)));

        var suppressed = groups.Where(g => g.Suppressed).ToList();
        suppressed.Select(g => g.Group).ShouldBe(["X", "U"]);
        suppressed.ShouldAllBe(g => g.N == null && g.Quality == null && g.QualityPct == null);
        groups.Single(g => g.Group == "M").N.ShouldBe(20);
    }

    [Fact]
    public void MinCell_SetsTheThreshold()
    {
        var groups = BySex(Group("F", 30).Concat(Group("M", 20)).Concat(Group("X", 5)).Concat(Group("Y", 4)), minCell: 5);

        groups.Where(g => g.Suppressed).Select(g => g.Group).ShouldBe(["X", "Y"], "Y is under 5; X, the smallest left, hides it");
    }

    [Fact]
    public void OneSuppressedGroup_AlsoSuppressesTheSmallestRemainingGroup()
    {
        var groups = BySex(Group("F", 30).Concat(Group("M", 20)).Concat(Group("X", 12)).Concat(Group("U", 3)));

        groups.Where(g => g.Suppressed).Select(g => g.Group).ShouldBe(["X", "U"]);
        groups.Select(g => g.Group).ShouldBe(["F", "M", "X", "U"], "suppressed groups keep their place, sorted by their true n");
    }

    [Fact]
    public void ComplementarySuppression_OnATie_TakesTheNameThatSortsLast()
    {
        var groups = BySex(Group("F", 30).Concat(Group("A", 12)).Concat(Group("B", 12)).Concat(Group("U", 3)));

        groups.Where(g => g.Suppressed).Select(g => g.Group).ShouldBe(["B", "U"]);
    }

    [Fact]
    public void TwoSuppressedGroups_NeedNoComplement()
    {
        var groups = BySex(Group("F", 30).Concat(Group("M", 20)).Concat(Group("X", 5)).Concat(Group("U", 3)));

        groups.Where(g => g.Suppressed).Select(g => g.Group).ShouldBe(["X", "U"]);
    }

    [Fact]
    public void OnlyGroup_Suppressed_HasNoComplementToTake()
    {
        var groups = BySex(Group("F", 4));

        groups.ShouldHaveSingleItem().Suppressed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(14, "<16")]
    [InlineData(15, "<16")]
    [InlineData(16, "16-18")]
    [InlineData(18, "16-18")]
    [InlineData(19, "19-24")]
    [InlineData(24, "19-24")]
    [InlineData(25, "25-44")]
    [InlineData(44, "25-44")]
    [InlineData(45, "45-54")]
    [InlineData(54, "45-54")]
    [InlineData(55, "55-59")]
    [InlineData(59, "55-59")]
    [InlineData(60, "60+")]
    [InlineData(120, "60+")]
    public void Age_FallsInTheWioaReportingBands(int age, string band)
    {
        Breakdowns.GroupOf("age", Placement(p => p.Age = age)).ShouldBe(band);
    }

    [Theory]
    [InlineData("veteran", true, "Yes")]
    [InlineData("veteran", false, "No")]
    [InlineData("disability", true, "Yes")]
    [InlineData("veteran", null, "Not reported")]
    public void Booleans_AreShownAsYesOrNo(string column, bool? value, string group)
    {
        Breakdowns.GroupOf(column, Placement(p => { p.Veteran = value; p.Disability = value; })).ShouldBe(group);
    }

    [Fact]
    public void Naics2_IsTheFirstTwoDigitsOfTheEmployersNaics()
    {
        Breakdowns.GroupOf("naics2", Placement(p => p.EmployerNaics = "623110")).ShouldBe("62");
        Breakdowns.GroupOf("naics2", Placement()).ShouldBe("Not reported");
    }

    [Theory]
    [InlineData("program")]
    [InlineData("county_fips")]
    [InlineData("race_ethnicity")]
    public void DescriptiveColumns_GroupByTheirValue(string column)
    {
        var placement = Placement(p => { p.Program = "TANF"; p.CountyFips = "18097"; p.RaceEthnicity = "Asian"; });

        Breakdowns.GroupOf(column, placement).ShouldNotBe(Breakdowns.NotReported);
    }

    [Fact]
    public void UnknownBreakdownColumn_IsRefused()
    {
        Should.Throw<ArgumentException>(() => new SummaryBuilder(WageStandards, ["shoe_size"]));
    }
}
