using JobQuality.Core.Canvas;
using JobQuality.Core.Plans;
using JobQuality.Core.Workbook;

namespace JobQuality.Core.Tests.Workbook;

public sealed class WorkbookFormTests
{
    [Fact]
    public void EveryRegisteredToolOpensAndEveryFormFieldKeyIsUniqueWithinItsTool()
    {
        PlanningJourney.Tools.Select(t => t.Key).ShouldBe(["foundations", "team", "charter", "value-proposition", "canvas", "pitch-feedback", "data-worksheets", "charge", "action-plan", "governance", "challenges"]);
        foreach (var form in WorkbookForm.All.Values)
        {
            form.Fields.Select(f => f.Key).ShouldBeUnique();
            form.Fields.ShouldAllBe(f => f.Key.Length <= WorkbookAnswer.KeyMaxLength && f.Guidance.Length > 0);
        }
    }

    [Fact]
    public void TheCharterHasItsSixParts()
    {
        ProjectCharter.Form.Sections.Select(s => s.Title).ShouldBe(
            ["Identity and values", "Roles and responsibilities", "Communication", "Goals and accountability", "Conflict resolution", "Adaptation"]);
    }

    [Fact]
    public void FormProgress_IsDoneOnlyWhenEveryQuestionHasAnAnswer()
    {
        var form = ProjectCharter.Form;
        form.Progress(new Dictionary<string, string>()).ShouldBe(ToolProgress.NotStarted);
        form.Progress(new Dictionary<string, string> { ["values"] = "  " }).ShouldBe(ToolProgress.NotStarted);
        form.Progress(new Dictionary<string, string> { ["values"] = "Honesty" }).ShouldBe(ToolProgress.InProgress);
        form.Progress(form.Fields.ToDictionary(f => f.Key, _ => "x")).ShouldBe(ToolProgress.Done);
    }

    [Fact]
    public void CanvasProgress_NeedsTheMissionAndEverySquare()
    {
        JobQualityCanvas.Progress(null, []).ShouldBe(ToolProgress.NotStarted);
        JobQualityCanvas.Progress("Boost job quality by…", []).ShouldBe(ToolProgress.InProgress);
        JobQualityCanvas.Progress("m", Enum.GetValues<CanvasSquare>().Skip(1)).ShouldBe(ToolProgress.InProgress);
        JobQualityCanvas.Progress("m", Enum.GetValues<CanvasSquare>()).ShouldBe(ToolProgress.Done);
    }

    [Fact]
    public void CanvasSquares_FollowTheRecommendedFillOrder()
    {
        CanvasSquares.InFillOrder.Select(i => i.Square).ShouldBe(Enum.GetValues<CanvasSquare>());
        CanvasSquares.InFillOrder.Select(i => i.FillOrder).ShouldBe([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }

    [Fact]
    public void SeedingFromTheValueProposition_SplitsPartsAndNeverDuplicates()
    {
        var proposition = new ValueProposition
        {
            TargetCustomers = "Home health aides; returning caregivers",
            Strategies = "Scheduling pilot\nOJT contract criteria.",
            Levers = [Lever.Procurement],
        };
        var existing = new[] { new CanvasItem { Square = CanvasSquare.Beneficiaries, Text = "  home HEALTH aides " } };

        var seeds = JobQualityCanvas.SeedFrom(proposition, existing);

        seeds.ShouldBe(
        [
            (CanvasSquare.Beneficiaries, "returning caregivers"),
            (CanvasSquare.KeyStrategies, "Scheduling pilot"),
            (CanvasSquare.KeyStrategies, "OJT contract criteria"),
            (CanvasSquare.KeyStrategies, "Lever: procurement"),
        ]);
        var afterSeeding = existing.Concat(seeds.Select(s => new CanvasItem { Square = s.Square, Text = s.Text }));
        JobQualityCanvas.SeedFrom(proposition, afterSeeding).ShouldBeEmpty();
    }
}
