using System.Text.Json.Nodes;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Tests.Scoring;

public sealed class StandardsCardsTests
{
    private static StandardsCards CardsOf(string json)
    {
        var reading = StandardsCards.Read(json);
        reading.Reasons.ShouldBeEmpty();
        return reading.Cards.ShouldNotBeNull();
    }

    private static PlacementField Field(string name) => PlacementFields.Find(name)!;

    [Fact]
    public void Sample_ReadAsCards_WritesBackTheVerySameJson()
    {
        var cards = CardsOf(SampleStandards.Json);

        cards.ToJson().ShouldBe(SampleStandards.Json.TrimEnd());
    }

    [Fact]
    public void Sample_ShowsEachPrinciplesModeAndCriteria()
    {
        var cards = CardsOf(SampleStandards.Json);

        cards.Name.ShouldBe("Sample job quality standards");
        cards.Principles.Select(p => p.Principle).ShouldBe(Enum.GetValues<Principle>());
        cards[Principle.Earnings].Mode.ShouldBe(PrincipleMode.Required);
        var wage = cards[Principle.Earnings].Criteria.ShouldHaveSingleItem();
        (wage.Field!.Name, wage.FittingOp, wage.Input, wage.Pct).ShouldBe(("hourly_wage", CriterionOp.LivingWage, CriterionInput.Percent, 100m));
        var notice = cards[Principle.Schedules].Criteria[0];
        (notice.Input, notice.WholeNumber).ShouldBe((CriterionInput.WholeNumber, 14));
        cards[Principle.SafetyAndSecurity].Criteria[0].Values.ShouldBe(["W2"]);
        cards[Principle.Benefits].Criteria[0].Flag.ShouldBe(true);
        cards[Principle.EnvironmentAndCulture].Mode.ShouldBe(PrincipleMode.NotUsed);
        cards[Principle.EnvironmentAndCulture].Criteria.Count.ShouldBe(1);
        cards.UsesLivingWage.ShouldBeTrue();
    }

    [Fact]
    public void FromValidatedStandards_ToJson_ReadsBackAsTheSameStandards()
    {
        var original = SampleDataGenerator.Standards();

        var (read, errors) = StandardsJson.Read(StandardsCards.From(original).ToJson());

        errors.ShouldBeEmpty();
        StandardsJson.Write(read!).ShouldBe(StandardsJson.Write(original));
    }

    [Fact]
    public void PrincipleNotListed_IsNotUsed_AndChoosingAModeAddsItInTheContractsOrder()
    {
        var cards = CardsOf("""{ "name": "Ours", "principles": [ { "principle": "Benefits", "mode": "Required", "criteria": [ { "field": "paid_leave_days", "op": ">=", "value": 5 } ] } ] }""");
        var schedules = cards[Principle.Schedules];
        schedules.Listed.ShouldBeFalse();
        schedules.Mode.ShouldBe(PrincipleMode.NotUsed);

        schedules.SetMode(PrincipleMode.Scored);
        var criterion = schedules.AddCriterion();
        criterion.SetNumber(14);

        var json = JsonNode.Parse(cards.ToJson())!;
        json["principles"]!.AsArray().Select(p => p!["principle"]!.GetValue<string>()).ShouldBe(["Schedules", "Benefits"]);
        var (standards, errors) = StandardsJson.Read(cards.ToJson());
        errors.ShouldBeEmpty();
        var added = standards!.Principles.Single(p => p.Principle == Principle.Schedules);
        added.Mode.ShouldBe(PrincipleMode.Scored);
        var built = added.Criteria.ShouldHaveSingleItem();
        (built.Field, built.Op, built.Number).ShouldBe(("schedule_notice_days", CriterionOp.GreaterOrEqual, 14m));
    }

    [Fact]
    public void AddCriterion_StartsOnTheNextFieldThatUsuallyMeasuresThePrinciple()
    {
        var cards = CardsOf(SampleStandards.Json);

        var added = cards[Principle.Benefits].AddCriterion();

        // health_insurance_offered and paid_leave_days are used already.
        added.Field!.Name.ShouldBe("employer_premium_share_pct");
        added.FittingOp.ShouldBe(CriterionOp.GreaterOrEqual);
        added.Number.ShouldBeNull();
        cards[Principle.Benefits].Criteria.Count.ShouldBe(3);
    }

    [Fact]
    public void RemoveCriterion_TakesItOutOfTheJson()
    {
        var cards = CardsOf(SampleStandards.Json);
        var schedules = cards[Principle.Schedules];

        schedules.RemoveCriterion(schedules.Criteria[0]);

        var (standards, errors) = StandardsJson.Read(cards.ToJson());
        errors.ShouldBeEmpty();
        standards!.Principles.Single(p => p.Principle == Principle.Schedules).Criteria.ShouldHaveSingleItem().Field.ShouldBe("weekly_hours");
    }

    [Fact]
    public void NotUsed_KeepsTheCriteria_SoRequiredAgainBringsThemBack()
    {
        var cards = CardsOf(SampleStandards.Json);

        cards[Principle.Schedules].SetMode(PrincipleMode.NotUsed);
        var notUsed = CardsOf(cards.ToJson());
        notUsed[Principle.Schedules].Mode.ShouldBe(PrincipleMode.NotUsed);
        notUsed[Principle.Schedules].SetMode(PrincipleMode.Required);

        notUsed.ToJson().ShouldBe(SampleStandards.Json.TrimEnd());
    }

    [Fact]
    public void ChangingTheField_KeepsWhatFits_AndResetsWhatDoesNot()
    {
        var cards = CardsOf(SampleStandards.Json);
        var criterion = cards[Principle.Schedules].Criteria[1]; // weekly_hours >= 30

        criterion.SetField(Field("hourly_wage"));
        (criterion.FittingOp, criterion.Number).ShouldBe((CriterionOp.GreaterOrEqual, 30m));

        criterion.SetField(Field("worker_voice"));
        (criterion.FittingOp, criterion.Flag, criterion.Input).ShouldBe((CriterionOp.Equal, true, CriterionInput.YesNo));

        criterion.SetField(Field("employment_type"));
        (criterion.FittingOp, criterion.Input).ShouldBe((CriterionOp.In, CriterionInput.TextList));
        criterion.Values.ShouldBeEmpty();

        criterion.SetField(Field("hourly_wage"));
        (criterion.FittingOp, criterion.Pct).ShouldBe((CriterionOp.LivingWage, 100m));

        criterion.SetOperator(CriterionOp.Less);
        (criterion.Pct, criterion.Number, criterion.Input).ShouldBe((null, null, CriterionInput.Number));
        var written = JsonNode.Parse(cards.ToJson())!["principles"]![1]!["criteria"]![1]!.AsObject();
        written.Select(p => p.Key).ShouldBe(["field", "op"]);
    }

    [Fact]
    public void WholeNumberField_DropsAFractionWhenChosen()
    {
        var cards = CardsOf(SampleStandards.Json);
        var criterion = cards[Principle.Schedules].Criteria[1];
        criterion.SetNumber(37.5m);

        criterion.SetField(Field("paid_leave_days"));

        criterion.Number.ShouldBeNull();
        criterion.Input.ShouldBe(CriterionInput.WholeNumber);
    }

    [Fact]
    public void SetValues_TrimsAndDropsBlankLines()
    {
        var cards = CardsOf(SampleStandards.Json);
        var criterion = cards[Principle.SafetyAndSecurity].Criteria[0];

        criterion.SetValues(["W2", "  1099 ", "", "   "]);
        criterion.Values.ShouldBe(["W2", "1099"]);

        criterion.SetValues([]);
        criterion.Values.ShouldBeEmpty();
        JsonNode.Parse(cards.ToJson())!["principles"]![2]!["criteria"]![0]!.AsObject().ContainsKey("values").ShouldBeFalse();
    }

    [Fact]
    public void KeysTheCardsDoNotShow_StayInTheJson()
    {
        const string json = """
            { "name": "Ours", "notes": "board vote 2026-03",
              "principles": [ { "principle": "Earnings", "mode": "Required", "why": "pay first",
                                "criteria": [ { "field": "hourly_wage", "op": "living_wage", "pct": 100, "source": "MIT" } ] } ] }
            """;
        var cards = CardsOf(json);

        cards[Principle.Earnings].Criteria[0].SetPct(120);
        cards[Principle.Schedules].SetMode(PrincipleMode.Scored);

        var written = JsonNode.Parse(cards.ToJson())!;
        written["notes"]!.GetValue<string>().ShouldBe("board vote 2026-03");
        written["principles"]![0]!["why"]!.GetValue<string>().ShouldBe("pay first");
        written["principles"]![0]!["criteria"]![0]!["source"]!.GetValue<string>().ShouldBe("MIT");
        written["principles"]![0]!["criteria"]![0]!["pct"]!.GetValue<decimal>().ShouldBe(120);
    }

    [Fact]
    public void AnIncompleteDraft_IsShownAsCards_WithEachMessageOnItsCardAndCriterion()
    {
        const string json = """
            { "name": "Not ready",
              "principles": [
                { "principle": "Benefits", "mode": "Sometimes", "criteria": [ { "field": "paid_leave_days", "op": ">=" } ] },
                { "principle": "Earnings", "mode": "Scored", "criteria": [ { "field": "hourly_wage", "op": "living_wage" }, { "field": "no_such_field", "op": "=" } ] } ] }
            """;
        var cards = CardsOf(json);

        var problems = cards.Locate(StandardsJson.Read(cards.ToJson()).Errors);

        cards[Principle.Benefits].Mode.ShouldBeNull();
        problems.For(Principle.Benefits).ShouldHaveSingleItem().ShouldContain("mode \"Sometimes\" is not valid");
        problems.For(Principle.Benefits, 0).ShouldHaveSingleItem().ShouldBe("Benefits, criterion 1: >= needs \"value\", a number.");
        problems.For(Principle.Earnings, 0).ShouldHaveSingleItem().ShouldContain("needs \"pct\"");
        problems.For(Principle.Earnings, 1).ShouldHaveSingleItem().ShouldContain("\"no_such_field\" is not a placement field");
        problems.General.ShouldHaveSingleItem().ShouldContain("No principle is Required");
        problems.Name.ShouldBeEmpty();
        cards[Principle.Benefits].Criteria[0].ProblemPart.ShouldBe(CriterionPart.Value);
        cards[Principle.Earnings].Criteria[1].ProblemPart.ShouldBe(CriterionPart.Field);
        cards[Principle.Earnings].Criteria[1].FieldText.ShouldBe("no_such_field");
        cards.ToJson().ShouldBe(StandardsText.Normalize(json).Json);
    }

    [Fact]
    public void Locate_FollowsAPrincipleAddedBeforeOthers()
    {
        var cards = CardsOf("""{ "name": "Ours", "principles": [ { "principle": "Benefits", "mode": "Required", "criteria": [ { "field": "paid_leave_days", "op": ">=", "value": 5 } ] } ] }""");

        cards[Principle.Earnings].SetMode(PrincipleMode.Required);
        var problems = cards.Locate(StandardsJson.Read(cards.ToJson()).Errors);

        cards[Principle.Earnings].Index.ShouldBe(0);
        problems.For(Principle.Earnings).ShouldHaveSingleItem().ShouldBe("Earnings: a Required principle needs at least one criterion.");
        problems.For(Principle.Benefits).ShouldBeEmpty();
    }

    [Fact]
    public void NameProblem_IsLocatedOnTheName()
    {
        var cards = CardsOf("""{ "principles": [ { "principle": "Benefits", "mode": "Required", "criteria": [ { "field": "paid_leave_days", "op": ">=", "value": 5 } ] } ] }""");

        cards.Locate(StandardsJson.Read(cards.ToJson()).Errors).Name.ShouldHaveSingleItem().ShouldContain("\"name\"");
        cards.Name = "Ours";
        StandardsJson.Read(cards.ToJson()).Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{ \"name\": ", "not valid standards JSON")]
    [InlineData("[ 1, 2 ]", "one JSON object")]
    [InlineData("""{ "name": 7 }""", "\"name\" must be text")]
    [InlineData("""{ "name": "x", "principles": { "principle": "Earnings" } }""", "must be a list")]
    [InlineData("""{ "name": "x", "principles": [ "Earnings" ] }""", "Principle 1 must be an object")]
    [InlineData("""{ "name": "x", "principles": [ { "principle": "Happiness", "mode": "Required" } ] }""", "one of the eight principles")]
    [InlineData("""{ "name": "x", "principles": [ { "principle": "Earnings" }, { "principle": "earnings" } ] }""", "listed twice")]
    [InlineData("""{ "name": "x", "principles": [ { "principle": "Earnings", "mode": 1 } ] }""", "mode must be text")]
    [InlineData("""{ "name": "x", "principles": [ { "principle": "Earnings", "criteria": [ 42 ] } ] }""", "Earnings, criterion 1 must be an object")]
    [InlineData("""{ "name": "x", "principles": [ { "principle": "Earnings", "criteria": [ { "field": 3 } ] } ] }""", "\"field\" must be text")]
    [InlineData("""{ "name": "x", "principles": [ { "principle": "Schedules", "criteria": [ { "field": "paid_leave_days", "op": ">=", "value": 2.5 } ] } ] }""", "whole numbers")]
    [InlineData("""{ "name": "x", "principles": [ { "principle": "Benefits", "criteria": [ { "field": "program", "op": "in", "values": [ "A", 3 ] } ] } ] }""", "text in quotes, on one line")]
    public void JsonNoCardCanShow_IsNotReadAsCards_AndSaysWhy(string json, string reason)
    {
        var reading = StandardsCards.Read(json);

        reading.Cards.ShouldBeNull();
        reading.Reasons.ShouldContain(r => r.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyObject_IsEightUnusedCards_AndAddsPrinciplesWhenUsed()
    {
        var cards = CardsOf("{}");
        cards.Principles.ShouldAllBe(p => p.Mode == PrincipleMode.NotUsed && p.Criteria.Count == 0);
        cards.ToJson().ShouldBe("{}");

        cards.Name = "From scratch";
        cards[Principle.VoiceAndRepresentation].SetMode(PrincipleMode.Required);
        cards[Principle.VoiceAndRepresentation].AddCriterion();

        var (standards, errors) = StandardsJson.Read(cards.ToJson());
        errors.ShouldBeEmpty();
        var voice = standards!.Principles.ShouldHaveSingleItem().Criteria.ShouldHaveSingleItem();
        (voice.Field, voice.Op, voice.Flag).ShouldBe(("worker_voice", CriterionOp.Equal, true));
    }

    [Fact]
    public void UsesLivingWage_CountsOnlyPrinciplesThatCount()
    {
        var cards = CardsOf(SampleStandards.Json);
        cards.UsesLivingWage.ShouldBeTrue();

        cards[Principle.Earnings].SetMode(PrincipleMode.NotUsed);

        cards.UsesLivingWage.ShouldBeFalse();
    }

    [Fact]
    public void ToCriterion_DescribesACompleteCriterion_AndNothingWhileIncomplete()
    {
        var cards = CardsOf(SampleStandards.Json);
        cards[Principle.Schedules].Criteria[1].ToCriterion()!.Describe().ShouldBe("The hours a week: at least 30");

        var added = cards[Principle.Schedules].AddCriterion();

        added.ToCriterion().ShouldBeNull();
    }
}
