using JobQuality.Core.Canvas;
using JobQuality.Core.Comments;

namespace JobQuality.Core.Tests.Comments;

public sealed class CommentAnchorTests
{
    private static readonly Guid Row = Guid.Parse("01a215e9-1d78-7d09-ae11-2747a10ef837");

    [Theory]
    [InlineData("value-proposition", CommentAnchorKind.ValueProposition, "Value proposition")]
    [InlineData("team", CommentAnchorKind.Team, "Team")]
    [InlineData("baseline", CommentAnchorKind.Baseline, "Baseline")]
    [InlineData("canvas-square/KeyPartners", CommentAnchorKind.CanvasSquare, "Key Partners")]
    [InlineData("canvas-square/BuyInAndSupport", CommentAnchorKind.CanvasSquare, "Buy-in & Support")]
    [InlineData("charter/communication", CommentAnchorKind.Charter, "Project charter: Communication")]
    [InlineData("charter/adaptation", CommentAnchorKind.Charter, "Project charter: Adaptation")]
    public void Parse_KnownElement_GivesItsKindAndLabel(string key, CommentAnchorKind kind, string label)
    {
        var anchor = CommentAnchor.Parse(key);

        anchor.ShouldNotBeNull();
        anchor.Kind.ShouldBe(kind);
        anchor.Key.ShouldBe(key);
        anchor.Label().ShouldBe(label);
        anchor.IsRow.ShouldBeFalse();
    }

    [Theory]
    [InlineData("canvas-item", CommentAnchorKind.CanvasItem, "Canvas item")]
    [InlineData("data-need", CommentAnchorKind.DataNeed, "Worksheet 1 row")]
    [InlineData("key-difference", CommentAnchorKind.KeyDifference, "Key difference")]
    [InlineData("indicator", CommentAnchorKind.Indicator, "Indicator")]
    [InlineData("pitch-feedback", CommentAnchorKind.PitchFeedback, "Pitch feedback")]
    [InlineData("challenge", CommentAnchorKind.Challenge, "Challenge")]
    [InlineData("action-step", CommentAnchorKind.ActionStep, "Action step")]
    public void Parse_Row_KeepsItsIdAndNamesItByItsText(string prefix, CommentAnchorKind kind, string what)
    {
        var anchor = CommentAnchor.Parse($"{prefix}/{Row}");

        anchor.ShouldNotBeNull();
        anchor.Kind.ShouldBe(kind);
        anchor.RowId.ShouldBe(Row);
        anchor.IsRow.ShouldBeTrue();
        anchor.Label("Call  the\nemployers").ShouldBe($"{what} “Call the employers”");
        anchor.Label(null).ShouldBe($"{what} (since deleted)");
        anchor.Label(new string('x', 80)).ShouldBe($"{what} “{new string('x', 57)}…”");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Team")]
    [InlineData("team/")]
    [InlineData("canvas")]
    [InlineData("canvas-square/Partners")]
    [InlineData("canvas-square/keypartners ")]
    [InlineData("canvas-square/3")]
    [InlineData("charter/nowhere")]
    [InlineData("canvas-item/not-a-guid")]
    [InlineData("canvas-item/00000000-0000-0000-0000-000000000000")]
    [InlineData("canvas-item/{01a215e9-1d78-7d09-ae11-2747a10ef837}")]
    [InlineData("action-step/01a215e9-1d78-7d09-ae11-2747a10ef837/extra")]
    [InlineData("<script>alert(1)</script>")]
    public void Parse_AnythingElse_IsNull(string? key) => CommentAnchor.Parse(key).ShouldBeNull();

    [Fact]
    public void Keys_AreCanonical_SoOneElementHasOneSetOfThreads()
    {
        CommentAnchor.Parse($"canvas-item/{Row.ToString().ToUpperInvariant()}")!.Key.ShouldBe($"canvas-item/{Row}");
        CommentAnchor.Parse("canvas-square/keypartners")!.Key.ShouldBe("canvas-square/KeyPartners");
        CommentAnchor.ForSquare(CanvasSquare.Beneficiaries).Key.ShouldBe("canvas-square/Beneficiaries");
        CommentAnchor.ForActionStep(Row).ShouldBe(CommentAnchor.Parse($"action-step/{Row}"));
        CommentAnchor.ForCharter("nowhere").ShouldBeNull();
    }

    [Fact]
    public void PlanPage_SaysWhereTheElementIsShown()
    {
        CommentAnchor.ForSquare(CanvasSquare.KeyAssets).PlanPage.ShouldBe("canvas");
        CommentAnchor.ForDataNeed(Row).PlanPage.ShouldBe("data-worksheets");
        CommentAnchor.ForIndicator(Row).PlanPage.ShouldBe("data-worksheets");
        CommentAnchor.ForPitchFeedback(Row).PlanPage.ShouldBe("pitch-feedback");
        CommentAnchor.ForChallenge(Row).PlanPage.ShouldBe("challenges");
        CommentAnchor.ForActionStep(Row).PlanPage.ShouldBe("action-plan");
        CommentAnchor.Baseline.PlanPage.ShouldBe("baseline");
    }
}
