using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Web.Features.Standards;
using MudBlazor;
using MudBlazor.Extensions;

namespace JobQuality.Component.Tests.Standards;

public sealed class PrincipleCardEditorTests : ComponentTest
{
    /// <summary>Benefits with one criterion on each kind of field: decimal, whole number, yes/no, text, and the living wage.</summary>
    private const string EveryKind = """
        { "name": "Kinds", "principles": [ { "principle": "Benefits", "mode": "Required", "criteria": [
            { "field": "weekly_hours", "op": ">=", "value": 30 },
            { "field": "paid_leave_days", "op": ">=", "value": 5 },
            { "field": "health_insurance_offered", "op": "=", "value": true },
            { "field": "employment_type", "op": "in", "values": [ "W2", "TEMP" ] },
            { "field": "hourly_wage", "op": "living_wage", "pct": 100 } ] } ] }
        """;

    private readonly List<bool> _changes = [];

    private static StandardsCards CardsOf(string json) => StandardsCards.Read(json).Cards.ShouldNotBeNull();

    private IRenderedComponent<PrincipleCardEditor> RenderCard(StandardsCards cards, Principle principle, bool readOnly = false) =>
        Render<PrincipleCardEditor>(p => p
            .Add(x => x.Card, cards[principle])
            .Add(x => x.Problems, cards.Locate(StandardsJson.Read(cards.ToJson()).Errors))
            .Add(x => x.ReadOnly, readOnly)
            .Add(x => x.OnChanged, commit => _changes.Add(commit)));

    private static List<string> OperatorsOffered(IRenderedComponent<CriterionRow> row) =>
        row.FindComponents<MudSelectItem<CriterionOp?>>().Select(i => Criterion.Symbol(i.Instance.Value!.Value)).ToList();

    [Fact]
    public void EachCriterion_OffersOnlyTheOperatorsAndInputThatFitItsField()
    {
        var card = RenderCard(CardsOf(EveryKind), Principle.Benefits);

        var rows = card.FindComponents<CriterionRow>();
        rows.Count.ShouldBe(5);
        OperatorsOffered(rows[0]).ShouldBe([">=", ">", "<=", "<", "=", "!="]);
        rows[0].FindComponents<MudNumericField<decimal?>>().ShouldHaveSingleItem().Instance.GetState(x => x.Value).ShouldBe(30);
        OperatorsOffered(rows[1]).ShouldBe([">=", ">", "<=", "<", "=", "!="]);
        rows[1].FindComponents<MudNumericField<int?>>().ShouldHaveSingleItem().Instance.GetState(x => x.Value).ShouldBe(5);
        OperatorsOffered(rows[2]).ShouldBe(["=", "!="]);
        var answer = rows[2].FindComponents<MudSelect<bool?>>().ShouldHaveSingleItem();
        answer.Instance.GetState(x => x.Value).ShouldBe(true);
        answer.FindComponents<MudSelectItem<bool?>>().Select(i => i.Instance.Value).ShouldBe([true, false]);
        OperatorsOffered(rows[3]).ShouldBe(["in", "not_in"]);
        rows[3].Find("textarea[data-input=values]").GetAttribute("value").ShouldBe("W2\nTEMP");
        OperatorsOffered(rows[4]).ShouldBe([">=", ">", "<=", "<", "=", "!=", "living_wage"]);
        var pct = rows[4].FindComponents<MudNumericField<decimal?>>().ShouldHaveSingleItem();
        pct.Instance.GetState(x => x.Value).ShouldBe(100);
        pct.Instance.AdornmentText.ShouldBe("%");
        card.Markup.ShouldContain("joined by AND");
    }

    [Fact]
    public async Task ChoosingAnotherField_OffersItsOperators_AndWritesTheJson()
    {
        var cards = CardsOf(EveryKind);
        var card = RenderCard(cards, Principle.Benefits);
        var first = card.FindComponents<CriterionRow>()[0];

        await card.InvokeAsync(() => first.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Field").Instance.ValueChanged.InvokeAsync("worker_voice"));

        OperatorsOffered(card.FindComponents<CriterionRow>()[0]).ShouldBe(["=", "!="]);
        _changes.ShouldBe([true]);
        var criterion = StandardsJson.Read(cards.ToJson()).Standards!.Principles[0].Criteria[0];
        (criterion.Field, criterion.Op, criterion.Flag).ShouldBe(("worker_voice", CriterionOp.Equal, true));
    }

    [Fact]
    public void AddCriterion_AddsARowOnTheCardAndInTheJson_AndRemoveTakesItAway()
    {
        var cards = CardsOf(SampleStandards.Json);
        var card = RenderCard(cards, Principle.Schedules);
        card.FindAll("li.criterion").Count.ShouldBe(2);

        card.Find("button[data-action=add-criterion]").Click();

        card.FindAll("li.criterion").Count.ShouldBe(3);
        cards[Principle.Schedules].Criteria.Count.ShouldBe(3);
        cards.ToJson().ShouldContain("\"field\": \"schedule_notice_days\"");
        _changes.ShouldBe([true]);

        card.Find("li.criterion[data-criterion='1'] button[data-action=remove-criterion]").Click();

        card.FindAll("li.criterion").Count.ShouldBe(2);
        var remaining = StandardsCards.Read(cards.ToJson()).Cards!;
        remaining[Principle.Schedules].Criteria.Select(c => c.Field!.Name).ShouldBe(["weekly_hours", "schedule_notice_days"]);
        _changes.ShouldBe([true, true]);
    }

    [Fact]
    public void RemoveButtons_SayWhichCriterionTheyRemove()
    {
        var card = RenderCard(CardsOf(SampleStandards.Json), Principle.Schedules);

        card.FindAll("button[data-action=remove-criterion]").Select(b => b.GetAttribute("aria-label"))
            .ShouldBe(["Remove criterion 1 of Schedules", "Remove criterion 2 of Schedules"]);
        card.Find("button[data-action=add-criterion]").TextContent.Trim().ShouldBe("Add a criterion to Schedules");
    }

    [Fact]
    public void ValidatorMessage_IsShownBesideItsCriterion_AndTiedToTheInputItIsAbout()
    {
        var cards = CardsOf("""{ "name": "x", "principles": [ { "principle": "Schedules", "mode": "Required", "criteria": [ { "field": "weekly_hours", "op": ">=", "value": 30 }, { "field": "paid_leave_days", "op": ">=" } ] } ] }""");

        var card = RenderCard(cards, Principle.Schedules);

        var problem = card.Find("li.criterion[data-criterion='2'] [data-problem=criterion]");
        problem.TextContent.Trim().ShouldBe("Schedules, criterion 2: >= needs \"value\", a number.");
        var value = card.Find("li.criterion[data-criterion='2'] input[data-input=value]");
        value.GetAttribute("aria-describedby").ShouldBe(problem.Id);
        value.GetAttribute("aria-invalid").ShouldBe("true");
        card.Find("li.criterion[data-criterion='2'] input[data-input=field]").GetAttribute("aria-invalid").ShouldBe("false");
        card.FindAll("li.criterion[data-criterion='1'] [data-problem]").ShouldBeEmpty();
    }

    [Fact]
    public void PrincipleMessage_IsShownUnderItsMode()
    {
        var cards = CardsOf("""{ "name": "x", "principles": [ { "principle": "Earnings", "mode": "Required", "criteria": [] }, { "principle": "Benefits", "mode": "Sometimes", "criteria": [ { "field": "worker_voice", "op": "=", "value": true } ] } ] }""");

        var earnings = RenderCard(cards, Principle.Earnings);
        var benefits = RenderCard(cards, Principle.Benefits);

        earnings.Find("[data-problem=principle]").TextContent.Trim().ShouldBe("Earnings: a Required principle needs at least one criterion.");
        earnings.Markup.ShouldContain("No criteria yet.");
        var mode = benefits.Find("[role=radiogroup]");
        mode.GetAttribute("aria-describedby").ShouldBe("principle-Benefits-problem");
        benefits.Find("#principle-Benefits-problem").TextContent.ShouldContain("mode \"Sometimes\" is not valid");
        benefits.FindAll("li.criterion").Count.ShouldBe(1);
    }

    [Fact]
    public async Task NotUsed_HidesTheCriteria_ButKeepsThem()
    {
        var cards = CardsOf(SampleStandards.Json);
        var card = RenderCard(cards, Principle.Schedules);

        await card.InvokeAsync(() => card.FindComponent<MudRadioGroup<PrincipleMode?>>().Instance.ValueChanged.InvokeAsync(PrincipleMode.NotUsed));

        card.FindAll("li.criterion").ShouldBeEmpty();
        card.Markup.ShouldContain("Its 2 criteria are kept, in case you use it again.");
        cards[Principle.Schedules].Criteria.Count.ShouldBe(2);
        StandardsJson.Read(cards.ToJson()).Standards!.Principles.Single(p => p.Principle == Principle.Schedules).Mode.ShouldBe(PrincipleMode.NotUsed);
    }

    [Fact]
    public void ReadOnly_ShowsTheModeAndCriteriaInWords_WithoutInputs()
    {
        var card = RenderCard(CardsOf(SampleStandards.Json), Principle.Schedules, readOnly: true);

        card.FindAll("input").ShouldBeEmpty();
        card.FindAll("button").ShouldBeEmpty();
        card.Markup.ShouldContain("Required: a quality job must meet it");
        card.FindAll(".criteria-words li").Select(li => li.TextContent).ShouldBe(["The days of notice of schedules: at least 14", "and the hours a week: at least 30"]);
    }
}
