using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Tests.Scoring;

public sealed class StandardsTextTests
{
    [Fact]
    public void Sample_IsValidStandards_AndNormalizesToTheSameJson()
    {
        var (standards, errors) = StandardsJson.Read(SampleStandards.Json);
        errors.ShouldBeEmpty();
        standards!.Principles.Count.ShouldBe(8);
        StandardsText.Normalize(SampleStandards.Json).Json.ShouldBe(SampleStandards.Json.TrimEnd());
    }

    [Fact]
    public void Normalize_PutsKeysInTheContractsOrder_AndDropsComments()
    {
        var (normalized, error) = StandardsText.Normalize("""
            // a comment
            { "principles": [ { "criteria": [ { "value": 30, "op": ">=", "field": "weekly_hours" } ], "mode": "Required", "principle": "Schedules" } ],
              "name": "Ours", }
            """);

        error.ShouldBeNull();
        var json = normalized.ShouldNotBeNull();
        json.ShouldNotContain("comment");
        json.IndexOf("\"name\"", StringComparison.Ordinal).ShouldBeLessThan(json.IndexOf("\"principles\"", StringComparison.Ordinal));
        json.IndexOf("\"field\"", StringComparison.Ordinal).ShouldBeLessThan(json.IndexOf("\"op\"", StringComparison.Ordinal));
        json.ShouldContain("\">=\"");
    }

    [Theory]
    [InlineData("{ \"name\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"name\": \"a\", \"name\": \"b\" }")]
    public void Normalize_OfSomethingThatIsNotOneJsonObject_SaysWhy(string text)
    {
        var (json, error) = StandardsText.Normalize(text);

        json.ShouldBeNull();
        error!.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Describe_PutsCriteriaInPlainWords()
    {
        new Criterion("weekly_hours", CriterionOp.GreaterOrEqual) { Number = 30 }.Describe().ShouldBe("The hours a week: at least 30");
        new Criterion("hourly_wage", CriterionOp.LivingWage) { Pct = 100 }.Describe().ShouldBe("The hourly wage is at least 100% of the living wage for the county and household type");
        new Criterion("health_insurance_offered", CriterionOp.Equal) { Flag = true }.Describe().ShouldBe("Health insurance offered: yes");
        new Criterion("employment_type", CriterionOp.In) { Values = ["W2"] }.Describe().ShouldBe("The employment type is one of: W2");
    }
}
