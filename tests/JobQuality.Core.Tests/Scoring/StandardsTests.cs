using JobQuality.Core.Scoring.Samples;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Tests.Scoring;

public sealed class StandardsTests
{
    private static string Standard(string principles) => $$"""{ "name": "Board 2026", "principles": [ {{principles}} ] }""";

    private const string EarningsRequired = """{ "principle": "Earnings", "mode": "Required", "criteria": [ { "field": "hourly_wage", "op": "living_wage", "pct": 100 } ] }""";

    private static IReadOnlyList<StandardsError> ErrorsOf(string json) => StandardsJson.Read(json).Errors;

    [Fact]
    public void PublicSample_IsValid()
    {
        var (standards, errors) = StandardsJson.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "standards.json")));

        errors.ShouldBeEmpty();
        standards!.Principles.Count.ShouldBe(8);
        standards.Used.Select(p => p.Principle).ShouldBe([
            Principle.Earnings, Principle.Schedules, Principle.Benefits,
            Principle.SafetyAndSecurity, Principle.VoiceAndRepresentation, Principle.LearningAndDevelopment, Principle.PurposeAndMeaning]);
    }

    [Fact]
    public void WriteThenRead_GivesTheSameStandards()
    {
        var original = SampleDataGenerator.Standards();

        var (read, errors) = StandardsJson.Read(StandardsJson.Write(original));

        errors.ShouldBeEmpty();
        StandardsJson.Write(read!).ShouldBe(StandardsJson.Write(original));
        read!.Principles.SelectMany(p => p.Criteria).ShouldBe(original.Principles.SelectMany(p => p.Criteria), ignoreOrder: false, comparer: new CriterionComparer());
    }

    [Fact]
    public void Write_UsesTheContractsKeysAndOperators()
    {
        var json = StandardsJson.Write(SampleDataGenerator.Standards());

        json.ShouldContain("\"op\": \"living_wage\"");
        json.ShouldContain("\"pct\": 100");
        json.ShouldContain("\"values\": [");
        json.ShouldContain("\"value\": true");
        json.ShouldContain("\"op\": \">=\"");
    }

    [Theory]
    [InlineData("""{ "field": "weekly_hour", "op": ">=", "value": 30 }""", "\"weekly_hour\" is not a placement field")]
    [InlineData("""{ "field": "employment_type", "op": ">=", "value": 30 }""", "text field")]
    [InlineData("""{ "field": "worker_voice", "op": ">", "value": true }""", "yes/no field")]
    [InlineData("""{ "field": "weekly_hours", "op": "in", "values": ["30"] }""", "number field")]
    [InlineData("""{ "field": "weekly_hours", "op": ">=" }""", "needs \"value\"")]
    [InlineData("""{ "field": "weekly_hours", "op": ">=", "value": "thirty" }""", "needs \"value\"")]
    [InlineData("""{ "field": "worker_voice", "op": "=" }""", "must be true or false")]
    [InlineData("""{ "field": "employment_type", "op": "in" }""", "needs \"values\"")]
    [InlineData("""{ "field": "employment_type", "op": "in", "values": [] }""", "needs \"values\"")]
    [InlineData("""{ "field": "hourly_wage", "op": "living_wage" }""", "needs \"pct\"")]
    [InlineData("""{ "field": "hourly_wage", "op": "living_wage", "pct": 0 }""", "needs \"pct\"")]
    [InlineData("""{ "field": "weekly_hours", "op": "living_wage", "pct": 100 }""", "only on hourly_wage")]
    [InlineData("""{ "field": "weekly_hours", "op": "=>", "value": 30 }""", "not an operator")]
    [InlineData("""{ "field": "age", "op": ">=", "value": 18 }""", "not the job")]
    public void InvalidCriterion_IsRejected_NamingThePrincipleAndCriterion(string criterion, string expected)
    {
        var json = Standard(EarningsRequired + $$""", { "principle": "Schedules", "mode": "Scored", "criteria": [ { "field": "weekly_hours", "op": ">=", "value": 1 }, {{criterion}} ] }""");

        var error = ErrorsOf(json).ShouldHaveSingleItem();

        error.Message.ShouldStartWith("Schedules, criterion 2:");
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void UnknownPrinciple_IsRejected()
    {
        var error = ErrorsOf(Standard(EarningsRequired + """, { "principle": "Happiness", "mode": "Scored", "criteria": [ { "field": "worker_voice", "op": "=", "value": true } ] }""")).ShouldHaveSingleItem();

        error.Message.ShouldContain("Happiness");
        error.Message.ShouldContain("not a principle");
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("Schedules, Benefits")]
    public void NumbersAndListsAreNotPrincipleNames(string principle)
    {
        var error = ErrorsOf(Standard(EarningsRequired + $$""", { "principle": "{{principle}}", "mode": "Scored", "criteria": [ { "field": "worker_voice", "op": "=", "value": true } ] }""")).ShouldHaveSingleItem();

        error.Message.ShouldContain("not a principle");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Required, Scored")]
    public void NumbersAndListsAreNotModes(string mode)
    {
        var error = ErrorsOf(Standard(EarningsRequired + $$""", { "principle": "Schedules", "mode": "{{mode}}", "criteria": [ { "field": "worker_voice", "op": "=", "value": true } ] }""")).ShouldHaveSingleItem();

        error.Message.ShouldContain("is not valid");
    }

    [Fact]
    public void PrincipleAndModeNames_IgnoreCaseAndSpaces()
    {
        ErrorsOf(Standard(EarningsRequired + """, { "principle": " safetyandsecurity ", "mode": "scored", "criteria": [ { "field": "worker_voice", "op": "=", "value": true } ] }""")).ShouldBeEmpty();
    }

    [Fact]
    public void DuplicatePrinciple_IsRejected()
    {
        var error = ErrorsOf(Standard(EarningsRequired + ", " + EarningsRequired)).ShouldHaveSingleItem();

        error.Message.ShouldContain("Earnings");
        error.Message.ShouldContain("twice");
    }

    [Fact]
    public void NoRequiredPrinciple_IsRejected()
    {
        var error = ErrorsOf(Standard("""{ "principle": "Earnings", "mode": "Scored", "criteria": [ { "field": "hourly_wage", "op": "living_wage", "pct": 100 } ] }""")).ShouldHaveSingleItem();

        error.Message.ShouldContain("Required");
    }

    [Fact]
    public void UnknownMode_IsRejected()
    {
        var errors = ErrorsOf(Standard(EarningsRequired + """, { "principle": "Schedules", "mode": "Must", "criteria": [ { "field": "weekly_hours", "op": ">=", "value": 30 } ] }"""));

        errors.ShouldHaveSingleItem().Message.ShouldContain("\"Must\"");
    }

    [Fact]
    public void UsedPrincipleWithoutCriteria_IsRejected()
    {
        var errors = ErrorsOf(Standard(EarningsRequired + """, { "principle": "Schedules", "mode": "Scored", "criteria": [] }"""));

        errors.ShouldHaveSingleItem().Message.ShouldContain("Schedules");
    }

    [Fact]
    public void NotUsedPrinciple_DoesNotCount()
    {
        var (standards, errors) = StandardsJson.Read(Standard(EarningsRequired + """, { "principle": "Schedules", "mode": "NotUsed" }"""));

        errors.ShouldBeEmpty();
        standards!.Used.Select(p => p.Principle).ShouldBe([Principle.Earnings]);
    }

    [Fact]
    public void EveryProblem_IsReported_NotJustTheFirst()
    {
        var json = """{ "principles": [ { "principle": "Earnings", "mode": "Scored", "criteria": [ { "field": "nope", "op": ">=", "value": 1 } ] } ] }""";

        ErrorsOf(json).Count.ShouldBe(3); // no name, unknown field, no Required principle
    }

    [Fact]
    public void MalformedJson_IsReportedWithItsLine()
    {
        var error = ErrorsOf("{\n  \"name\": \"x\",\n  \"principles\": [ oops ]\n}").ShouldHaveSingleItem();

        error.Line.ShouldBe(3);
        error.Message.ShouldContain("not valid");
    }

    private sealed class CriterionComparer : IEqualityComparer<Criterion>
    {
        public bool Equals(Criterion? x, Criterion? y) =>
            x!.Field == y!.Field && x.Op == y.Op && x.Number == y.Number && x.Flag == y.Flag && x.Pct == y.Pct
            && (x.Values ?? []).SequenceEqual(y.Values ?? []);

        public int GetHashCode(Criterion obj) => obj.Field.GetHashCode();
    }
}
