using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Web.Features.Baseline;

namespace JobQuality.Component.Tests.Baseline;

/// <summary>The pieces of the baseline dashboard that carry logic: gaps, withheld groups, goal progress, the principles.</summary>
public sealed class BaselineComponentTests : ComponentTest
{
    [Theory]
    [InlineData("-12.4", "\u221212.4 pts", "12.4 points below the overall rate")]
    [InlineData("3.1", "+3.1 pts", "3.1 points above the overall rate")]
    [InlineData("0", "0.0 pts", "the same as the overall rate")]
    [InlineData("-0.05", "\u22120.1 pts", "0.1 points below the overall rate")]
    public void Gap_IsSignedInPoints_WithWordsForScreenReaders(string gap, string shown, string words)
    {
        var cut = Render<GapText>(p => p.Add(x => x.GapPts, decimal.Parse(gap, System.Globalization.CultureInfo.InvariantCulture)));

        cut.Find("[aria-hidden=true]").TextContent.ShouldBe(shown);
        cut.Find(".visually-hidden").TextContent.ShouldBe(words);
    }

    [Fact]
    public void BreakdownTable_AWithheldGroup_ShowsWhyAndNoNumberAtAll()
    {
        var breakdown = new BreakdownView("program", "Program",
        [
            new GroupRow("WIOA Adult", 412, 120, 29.1m, false, -3.2m,
                [new PrincipleShortfall(Principle.Earnings, "Earnings", 200, 48.5m), new PrincipleShortfall(Principle.Benefits, "Benefits", 150, 36.4m)]),
            new GroupRow("TANF", 230, 80, 34.8m, false, 2.5m, []),
            new GroupRow("WIOA Youth", null, null, null, true, null, []),
            new GroupRow("Apprenticeship", null, null, null, true, null, []),
        ]);

        var cut = Render<BreakdownTable>(p => p.Add(x => x.Breakdown, breakdown).Add(x => x.OverallPct, 32.3m));

        cut.Find("caption").TextContent.ShouldContain("overall rate of 32.3%");
        cut.FindAll("thead th").Select(th => th.GetAttribute("scope")).ShouldAllBe(scope => scope == "col");
        var withheld = cut.Find("tr[data-group='WIOA Youth']");
        withheld.TextContent.ShouldContain(BaselineWords.WithheldCell);
        withheld.TextContent.Any(char.IsDigit).ShouldBeFalse("a withheld group shows no number");
        withheld.QuerySelector("th[scope=row]")!.TextContent.ShouldBe("WIOA Youth");
        var shown = cut.Find("tr[data-group='WIOA Adult']");
        shown.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe(
            ["412", "120", "29.1%", "\u22123.2 pts3.2 points below the overall rate", "Earnings (48.5% not met); Benefits (36.4% not met)"]);
        cut.Find("tr[data-group='TANF']").TextContent.ShouldContain("None missed");
    }

    private static GoalProgress Progress(decimal? start, IndicatorValue now, decimal target = 75m, string today = "2026-11-25") =>
        new(start, now, target, new DateOnly(2027, 6, 30), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void GoalProgress_OnTheWay_SaysThePointsToGoAndTheDueDate()
    {
        var progress = Progress(60m, IndicatorValue.Of(70.8m));

        var cut = Render<GoalProgressView>(p => p.Add(x => x.Progress, progress));

        progress.Words.ShouldBe("4.2 points to go, due 30 June 2027.");
        progress.BarPercent.ShouldBe(72);
        cut.FindAll("dd").Select(d => d.TextContent).ShouldBe(["60.0%", "70.8%", "75.0%"]);
        cut.Find(".goal-words").TextContent.Trim().ShouldBe("4.2 points to go, due 30 June 2027.");
        cut.Find("[role=progressbar]").GetAttribute("aria-label").ShouldBe("Progress toward the target: 72% of the way");
        cut.Find(".goal-progress").GetAttribute("data-overdue").ShouldBe("false");
    }

    [Fact]
    public void GoalProgress_PastItsDate_IsMarkedOverdue()
    {
        var progress = Progress(60m, IndicatorValue.Of(70.8m), today: "2027-07-01");

        var cut = Render<GoalProgressView>(p => p.Add(x => x.Progress, progress));

        progress.Words.ShouldBe("Overdue: 4.2 points to go, was due 30 June 2027.");
        cut.Find(".goal-progress").GetAttribute("data-overdue").ShouldBe("true");
    }

    [Fact]
    public void GoalProgress_Reached_SaysSoEvenAfterItsDate()
    {
        var progress = Progress(60m, IndicatorValue.Of(76.5m), today: "2027-07-01");

        progress.Reached.ShouldBeTrue();
        progress.Overdue.ShouldBeFalse();
        progress.BarPercent.ShouldBe(100);
        progress.Words.ShouldBe("Target reached (76.5% against 75.0%), due 30 June 2027.");
    }

    [Fact]
    public void GoalProgress_ForAWithheldGroup_ShowsNoValueAndNoBar()
    {
        var progress = Progress(null, IndicatorValue.Withheld);

        var cut = Render<GoalProgressView>(p => p.Add(x => x.Progress, progress));

        cut.FindAll("dd").Select(d => d.TextContent).ShouldBe(["not recorded", "withheld", "75.0%"]);
        cut.FindAll("[role=progressbar]").ShouldBeEmpty();
        cut.Find(".goal-words").TextContent.Trim().ShouldBe("Withheld: too few placements to show this safely. Due 30 June 2027.");
    }

    [Fact]
    public void GoalProgress_WithoutAStartingValue_CountsFromZero()
    {
        Progress(null, IndicatorValue.Of(30m), target: 60m).BarPercent.ShouldBe(50);
        Progress(80m, IndicatorValue.Of(70m), target: 75m).BarPercent.ShouldBe(93, "a target below the start counts from zero");
    }

    [Fact]
    public void PrincipleChart_HasATableWithTheSameNumbers_AndSaysWhatTheChartShows()
    {
        PrincipleRow[] principles =
        [
            new(Principle.Earnings, "Earnings", PrincipleMode.Required, 706, 2229, 65),
            new(Principle.SafetyAndSecurity, "Safety and security", PrincipleMode.Scored, 2040, 825, 135),
        ];

        var cut = Render<PrincipleChart>(p => p.Add(x => x.Principles, principles));

        cut.Find("figcaption").TextContent.ShouldContain("Met most often: Safety and security (68.0%). Missed most often: Earnings (74.3% not met).");
        cut.Find(".baseline-chart").GetAttribute("aria-hidden").ShouldBe("true");
        cut.Find("table caption").TextContent.ShouldNotBeNullOrWhiteSpace();
        cut.Find("tr[data-principle=Earnings]").QuerySelectorAll("td").Select(td => td.TextContent).ShouldBe(
            ["Required for a quality job", "706", "2,229", "65", "23.5%"]);
    }
}
