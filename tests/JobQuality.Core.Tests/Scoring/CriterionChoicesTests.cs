using System.Globalization;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Tests.Scoring;

public sealed class CriterionChoicesTests
{
    private static PlacementField Field(string name) => PlacementFields.Find(name)!;

    [Theory]
    [InlineData("weekly_hours", ">=,>,<=,<,=,!=")]
    [InlineData("schedule_notice_days", ">=,>,<=,<,=,!=")]
    [InlineData("hourly_wage", ">=,>,<=,<,=,!=,living_wage")]
    [InlineData("worker_voice", "=,!=")]
    [InlineData("employment_type", "in,not_in")]
    public void OperatorsFor_OffersOnlyWhatFitsTheFieldsType(string field, string expected)
    {
        CriterionChoices.OperatorsFor(Field(field)).Select(Criterion.Symbol).ShouldBe(expected.Split(','));
    }

    [Theory]
    [InlineData("weekly_hours", ">=", CriterionInput.Number)]
    [InlineData("paid_leave_days", "<", CriterionInput.WholeNumber)]
    [InlineData("hourly_wage", "living_wage", CriterionInput.Percent)]
    [InlineData("hourly_wage", ">", CriterionInput.Number)]
    [InlineData("retirement_plan_offered", "!=", CriterionInput.YesNo)]
    [InlineData("county_fips", "not_in", CriterionInput.TextList)]
    [InlineData("county_fips", ">=", CriterionInput.None)]
    [InlineData("weekly_hours", "living_wage", CriterionInput.None)]
    public void InputFor_IsTheValueTheOperatorNeeds(string field, string op, CriterionInput expected)
    {
        CriterionChoices.InputFor(Field(field), Criterion.FromSymbol(op)!.Value).ShouldBe(expected);
    }

    [Fact]
    public void Fields_LeaveOutIdentifiersAndDemographics()
    {
        var names = CriterionChoices.Fields.Select(f => f.Name).ToList();

        names.ShouldContain("hourly_wage");
        names.ShouldContain("purpose_rating");
        names.ShouldNotContain("placement_id");
        names.ShouldNotContain("placement_date");
        names.ShouldNotContain("race_ethnicity");
        names.ShouldNotContain("age");
        names.Count.ShouldBe(20);
    }

    [Fact]
    public void FieldsFor_PutsThePrinciplesUsualFieldsFirst_AndListsEveryFieldOnce()
    {
        var fields = CriterionChoices.FieldsFor(Principle.Schedules).Select(f => f.Name).ToList();

        fields.Take(2).ShouldBe(["schedule_notice_days", "weekly_hours"]);
        fields.Order().ShouldBe(CriterionChoices.Fields.Select(f => f.Name).Order());
    }

    [Fact]
    public void EveryOfferedChoice_BuildsACriterionTheValidatorAccepts()
    {
        foreach (var field in CriterionChoices.Fields)
        {
            foreach (var op in CriterionChoices.OperatorsFor(field))
            {
                var json = Standards(CriterionJson(field, op, CriterionChoices.InputFor(field, op)));
                StandardsJson.Read(json).Errors.ShouldBeEmpty($"{field.Name} {Criterion.Symbol(op)}");
            }
        }
    }

    [Fact]
    public void EveryOperatorNotOffered_IsOneTheValidatorRejects()
    {
        foreach (var field in CriterionChoices.Fields)
        {
            foreach (var op in Enum.GetValues<CriterionOp>().Except(CriterionChoices.OperatorsFor(field)))
            {
                // Give it the value its operator would need on a field where it fits: the operator alone is wrong.
                var input = op switch
                {
                    CriterionOp.LivingWage => CriterionInput.Percent,
                    CriterionOp.In or CriterionOp.NotIn => CriterionInput.TextList,
                    _ => field.Type == FieldType.Boolean ? CriterionInput.YesNo : CriterionInput.Number,
                };
                StandardsJson.Read(Standards(CriterionJson(field, op, input))).Errors.ShouldNotBeEmpty($"{field.Name} {Criterion.Symbol(op)}");
            }
        }
    }

    [Fact]
    public void DefaultOperator_FitsTheField()
    {
        foreach (var field in CriterionChoices.Fields)
        {
            CriterionChoices.Fits(field, CriterionChoices.DefaultOperator(field)).ShouldBeTrue(field.Name);
        }
        CriterionChoices.DefaultOperator(Field("hourly_wage")).ShouldBe(CriterionOp.LivingWage);
    }

    [Fact]
    public void Names_AreInWordsWithTheirSymbols()
    {
        CriterionChoices.OperatorName(CriterionOp.GreaterOrEqual, FieldType.Integer).ShouldBe("is at least (>=)");
        CriterionChoices.OperatorName(CriterionOp.Equal, FieldType.Boolean).ShouldBe("is (=)");
        CriterionChoices.OperatorName(CriterionOp.NotIn, FieldType.Text).ShouldBe("is none of (not_in)");
        CriterionChoices.FieldName(Field("weekly_hours")).ShouldBe("The hours a week (weekly_hours)");
        foreach (var principle in Enum.GetValues<Principle>()) principle.Guidance().ShouldNotBeNullOrWhiteSpace();
    }

    private static string Standards(string criterion) =>
        $$"""{ "name": "Test", "principles": [ { "principle": "Earnings", "mode": "Required", "criteria": [ {{criterion}} ] } ] }""";

    private static string CriterionJson(PlacementField field, CriterionOp op, CriterionInput input)
    {
        var value = input switch
        {
            CriterionInput.Percent => "\"pct\": 100",
            CriterionInput.TextList => "\"values\": [\"A\"]",
            CriterionInput.YesNo => "\"value\": true",
            _ => "\"value\": " + 3.ToString(CultureInfo.InvariantCulture),
        };
        return $$"""{ "field": "{{field.Name}}", "op": "{{Criterion.Symbol(op)}}", {{value}} }""";
    }
}
