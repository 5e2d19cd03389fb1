using AngleSharp.Dom;
using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.ActionPlans;
using JobQuality.Web.Features.ActionPlan;
using Microsoft.AspNetCore.Components.Web;

namespace JobQuality.Component.Tests.ActionPlan;

public sealed class RaciMatrixGridTests : ComponentTest
{
    private static readonly MemberChoice Ana = new(Guid.NewGuid(), "Ana", "Board");
    private static readonly MemberChoice Ben = new(Guid.NewGuid(), "Ben", "Union");
    private static readonly RaciStepRow Draft = new(Guid.NewGuid(), "1.1 Draft the criteria");
    private static readonly RaciStepRow Review = new(Guid.NewGuid(), "1.2 County review");

    private readonly List<RaciCellView> _cells = [];
    private readonly List<RaciCellView> _requests = [];
    private IRenderedComponent<RaciMatrixGrid> _grid = default!;

    /// <summary>Renders the matrix as the page does: each change it asks for is "saved" (gets a version) and the cells passed back.</summary>
    private IRenderedComponent<RaciMatrixGrid> RenderGrid(bool readOnly = false)
    {
        _grid = Render<RaciMatrixGrid>(p => p
            .Add(g => g.Steps, [Draft, Review])
            .Add(g => g.Members, [Ana, Ben])
            .Add(g => g.Cells, _cells.ToList())
            .Add(g => g.ReadOnly, readOnly)
            .Add(g => g.OnChange, change =>
            {
                _requests.Add(change);
                _cells.RemoveAll(c => c.StepId == change.StepId && c.MemberId == change.MemberId);
                if (change.Role is not null) _cells.Add(change with { Version = (change.Version ?? 0) + 1 });
                _grid.Render(p2 => p2.Add(g => g.Cells, _cells.ToList()));
            }));
        return _grid;
    }

    private IElement Cell(RaciStepRow step, MemberChoice member) => _grid.Find($"[data-cell='{step.Id}/{member.Id}']");

    private string Flag(RaciStepRow step) => _grid.Find($"[data-flag='{step.Id}']").TextContent;

    [Fact]
    public void LettersTypedOnAFocusedCell_FillIt_AndTheStepsFlagsClearLive()
    {
        RenderGrid();
        Flag(Draft).ShouldContain("needs an A");
        Flag(Draft).ShouldContain("needs an R");
        _grid.FindAll("[data-problem-step]").Count.ShouldBe(4);

        Cell(Draft, Ana).KeyDown(new KeyboardEventArgs { Key = "a" });
        Cell(Draft, Ben).KeyDown(new KeyboardEventArgs { Key = "R" });

        Cell(Draft, Ana).GetAttribute("data-role").ShouldBe("Accountable");
        Cell(Draft, Ben).GetAttribute("data-role").ShouldBe("Responsible");
        Flag(Draft).ShouldContain("OK");
        Flag(Review).ShouldContain("needs an A");
        _grid.FindAll("[data-problem-step]").Select(p => p.GetAttribute("data-problem-step")).ShouldAllBe(id => id == Review.Id.ToString());
        _grid.Find($"[data-load-member='{Ana.Id}']").TextContent.ShouldContain("1");
    }

    [Fact]
    public void DeleteEmptiesACell_SendingTheVersionItWasReadAt_AndASecondAccountableIsFlagged()
    {
        RenderGrid();
        Cell(Draft, Ana).KeyDown(new KeyboardEventArgs { Key = "a" });
        Cell(Draft, Ben).KeyDown(new KeyboardEventArgs { Key = "a" });
        Flag(Draft).ShouldContain("more than one A");

        Cell(Draft, Ben).KeyDown(new KeyboardEventArgs { Key = "Delete" });

        _requests[^1].ShouldBe(new RaciCellView(Draft.Id, Ben.Id, null, 1));
        Cell(Draft, Ben).GetAttribute("data-role").ShouldBe("");
        Flag(Draft).ShouldNotContain("more than one A");
    }

    [Fact]
    public void ArrowKeysMoveTheOneTabStop_AndOtherKeysChangeNothing()
    {
        RenderGrid();
        Cell(Draft, Ana).GetAttribute("tabindex").ShouldBe("0");
        Cell(Draft, Ben).GetAttribute("tabindex").ShouldBe("-1");

        Cell(Draft, Ana).KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Cell(Draft, Ben).KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Cell(Review, Ben).KeyDown(new KeyboardEventArgs { Key = "x" });
        Cell(Review, Ben).KeyDown(new KeyboardEventArgs { Key = "ArrowDown" }); // past the last row: stays

        Cell(Review, Ben).GetAttribute("tabindex").ShouldBe("0");
        _grid.FindAll("button[tabindex='0']").Count.ShouldBe(1);
        _requests.ShouldBeEmpty();
    }

    [Fact]
    public void ClickMovesThroughTheLetters_AndReadOnlyCellsAreDisabled()
    {
        RenderGrid();
        Cell(Review, Ana).Click();
        Cell(Review, Ana).GetAttribute("data-role").ShouldBe("Responsible");
        Cell(Review, Ana).Click();
        Cell(Review, Ana).GetAttribute("data-role").ShouldBe("Accountable");
        Cell(Review, Ana).GetAttribute("aria-label").ShouldBe("Ana in “1.2 County review”: Accountable: answers for it being done");

        RenderGrid(readOnly: true);
        _grid.FindAll("button[data-cell]").ShouldAllBe(b => b.HasAttribute("disabled"));
    }
}
