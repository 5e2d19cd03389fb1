using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Web.Components.Shared;
using JobQuality.Web.Features.Plans;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Component.Tests.Shared;

public sealed class SharedComponentTests : ComponentTest
{
    [Fact]
    public void PlanCard_ShowsNameTeamAndRegion_AndLinksToTheOverview()
    {
        var id = Guid.NewGuid();
        var plan = new PlanSummary(id, "metro", "Healthcare plan", "Metro Coalition", "Metro County", "", false, DateTimeOffset.UtcNow, 1, 0);

        var card = Render<PlanCard>(p => p.Add(x => x.Plan, plan));

        card.Find($"a[href='plans/{id}']").TextContent.ShouldBe("Healthcare plan");
        card.Markup.ShouldContain("Metro Coalition");
        card.Markup.ShouldContain("Metro County");
        card.Markup.ShouldNotContain("Archived");
    }

    [Fact]
    public void PlanCard_ForAnArchivedPlan_SaysItIsArchived()
    {
        var plan = new PlanSummary(Guid.NewGuid(), "metro", "Old plan", "Team", "", "", true, DateTimeOffset.UtcNow, 1, 0);

        var card = Render<PlanCard>(p => p.Add(x => x.Plan, plan));

        card.Markup.ShouldContain("Archived");
    }

    [Fact]
    public void ErrorDetails_ShowsTheReferenceToQuote_AndAWayBack()
    {
        var details = Render<ErrorDetails>(p => p.Add(x => x.Reference, "abc123def456"));

        details.Find("h1").TextContent.ShouldBe("Something went wrong");
        details.Find("code").TextContent.ShouldBe("abc123def456");
        details.FindAll("a").Select(a => a.TextContent.Trim()).ShouldContain("Go to your plans");
    }

    [Fact]
    public void FormErrors_AnnouncesEveryMessage()
    {
        var errors = Render<FormErrors>(p => p.Add(x => x.Errors, [new FieldError("Name", "Give the plan a name."), new FieldError("", "Second problem.")]));

        var alert = errors.Find("[role=alert]");
        alert.TextContent.ShouldContain("Give the plan a name.");
        alert.TextContent.ShouldContain("Second problem.");
    }

    [Fact]
    public void FormErrors_WithNoErrors_RendersNothing()
    {
        var errors = Render<FormErrors>(p => p.Add(x => x.Errors, []));

        errors.Markup.Trim().ShouldBeEmpty();
    }

    [Fact]
    public void ConflictRow_MarksOnlyFieldsThatDiffer()
    {
        var differs = Render<ConflictRow>(p => p.Add(x => x.Field, "Plan name").Add(x => x.Theirs, "Theirs").Add(x => x.Yours, "Mine"));
        var same = Render<ConflictRow>(p => p.Add(x => x.Field, "Region").Add(x => x.Theirs, "Metro").Add(x => x.Yours, "Metro"));

        differs.Find("tr").ClassList.ShouldContain("conflict-differs");
        differs.Markup.ShouldContain("(differs)");
        same.Find("tr").ClassList.ShouldNotContain("conflict-differs");
    }

    [Fact]
    public void EmptyState_ShowsTitleGuidanceAndAction()
    {
        var empty = Render<EmptyState>(p => p
            .Add(x => x.Title, "Nothing here yet")
            .AddChildContent("Say what to do next.")
            .Add(x => x.Actions, "<button>Do it</button>"));

        empty.Markup.ShouldContain("Nothing here yet");
        empty.Markup.ShouldContain("Say what to do next.");
        empty.Find("button").TextContent.ShouldBe("Do it");
    }
}
