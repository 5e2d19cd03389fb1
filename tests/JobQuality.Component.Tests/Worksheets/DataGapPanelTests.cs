using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Worksheets;
using JobQuality.Web.Features.Charge;
using JobQuality.Web.Features.Worksheets;

namespace JobQuality.Component.Tests.Worksheets;

public sealed class DataGapPanelTests : ComponentTest
{
    private static DataNeed Need(string type, DataAvailability availability, string holder = "", string location = "") =>
        new() { DataType = type, Availability = availability, Holder = holder, Location = location };

    [Fact]
    public void Gaps_ShowWhatDoesNotExist_AndOneGroupPerHolderWithItsNextStep()
    {
        var gaps = DataGapsView.Of(
        [
            Need("Schedule notice", DataAvailability.DoesNotExist),
            Need("Wage records", DataAvailability.HeldBy, "State DOL", "UI system"),
            Need("Agency schedules", DataAvailability.HeldBy, "Employers' Association"),
            Need("Promotions", DataAvailability.HeldBy, "employers' association"),
            Need("Starting wages", DataAvailability.HaveIt),
            Need("   ", DataAvailability.DoesNotExist),
        ]);

        var panel = Render<DataGapPanel>(p => p.Add(c => c.Gaps, gaps));

        panel.Find("[data-gap=missing] ul").TextContent.Trim().ShouldStartWith("Schedule notice");
        var holders = panel.FindAll("[data-holder]");
        holders.Select(h => h.GetAttribute("data-holder")).ShouldBe(["Employers' Association", "State DOL"]);
        holders[0].TextContent.ShouldContain("all 2 in one request");
        holders[1].TextContent.ShouldContain("Wage records, in UI system");
        panel.Find("[data-testid=gap-summary]").TextContent.ShouldBe("1 type of data does not exist yet; 3 types are held by 2 other organizations; 1 in hand.");
    }

    [Fact]
    public void NoRows_SaysWhatToDo()
    {
        var panel = Render<DataGapPanel>(p => p.Add(c => c.Gaps, DataGapsView.Of([])));

        panel.Markup.ShouldContain("Add the data you need to worksheet 1");
        panel.FindAll("[data-gap]").Count.ShouldBe(0);
    }

    [Fact]
    public void ChargeSentence_ComposesThePartsAndShowsPromptsForBlanks()
    {
        var blank = Render<ChargeSentence>();
        var filled = Render<ChargeSentence>(p => p
            .Add(c => c.Charge, "Make care jobs good jobs")
            .Add(c => c.FirstSteps, ["Adopt contract criteria", "Recruit five agencies."])
            .Add(c => c.Excited, "A county where care is a career")
            .Add(c => c.Different, "aides earn a living wage")
            .Add(c => c.Indicators, ["median starting wage", "12-month retention"]));

        blank.Find("[data-testid=charge-sentence]").TextContent.ShouldBe(
            "Our charge: [our charge] Our first steps are [our first steps]. We are most excited about [our longer-term goals]. If we succeed, [what will be different].");
        filled.Find("[data-testid=charge-sentence]").TextContent.ShouldBe(
            "Our charge: Make care jobs good jobs. Our first steps are adopt contract criteria and recruit five agencies. " +
            "We are most excited about a county where care is a career. If we succeed, aides earn a living wage, and we will see it in median starting wage and 12-month retention.");
    }
}
