using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;
using static JobQuality.Core.Tests.Scoring.TestInputs;

namespace JobQuality.Core.Tests.Scoring;

public sealed class EvaluationTests
{
    private static Criterion Number(string field, CriterionOp op, decimal value) => new(field, op) { Number = value };

    [Theory]
    [InlineData(CriterionOp.GreaterOrEqual, 30, PrincipleStatus.Met)]
    [InlineData(CriterionOp.GreaterOrEqual, 30.01, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.Greater, 29.99, PrincipleStatus.Met)]
    [InlineData(CriterionOp.Greater, 30, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.LessOrEqual, 30, PrincipleStatus.Met)]
    [InlineData(CriterionOp.LessOrEqual, 29.99, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.Less, 30.01, PrincipleStatus.Met)]
    [InlineData(CriterionOp.Less, 30, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.Equal, 30, PrincipleStatus.Met)]
    [InlineData(CriterionOp.Equal, 31, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.NotEqual, 31, PrincipleStatus.Met)]
    [InlineData(CriterionOp.NotEqual, 30, PrincipleStatus.NotMet)]
    public void NumericOperators_OnADecimalField(CriterionOp op, decimal threshold, PrincipleStatus expected)
    {
        StatusOf(Number("weekly_hours", op, threshold), Placement(p => p.WeeklyHours = 30m)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(CriterionOp.GreaterOrEqual, 14, PrincipleStatus.Met)]
    [InlineData(CriterionOp.GreaterOrEqual, 15, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.Greater, 13, PrincipleStatus.Met)]
    [InlineData(CriterionOp.Greater, 14, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.LessOrEqual, 14, PrincipleStatus.Met)]
    [InlineData(CriterionOp.LessOrEqual, 13, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.Less, 15, PrincipleStatus.Met)]
    [InlineData(CriterionOp.Less, 14, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.Equal, 14, PrincipleStatus.Met)]
    [InlineData(CriterionOp.Equal, 0, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.NotEqual, 0, PrincipleStatus.Met)]
    [InlineData(CriterionOp.NotEqual, 14, PrincipleStatus.NotMet)]
    public void NumericOperators_OnAnIntegerField(CriterionOp op, decimal threshold, PrincipleStatus expected)
    {
        StatusOf(Number("schedule_notice_days", op, threshold), Placement(p => p.ScheduleNoticeDays = 14)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(CriterionOp.Equal, true, true, PrincipleStatus.Met)]
    [InlineData(CriterionOp.Equal, true, false, PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.Equal, false, false, PrincipleStatus.Met)]
    [InlineData(CriterionOp.NotEqual, true, false, PrincipleStatus.Met)]
    [InlineData(CriterionOp.NotEqual, true, true, PrincipleStatus.NotMet)]
    public void BooleanOperators(CriterionOp op, bool wanted, bool actual, PrincipleStatus expected)
    {
        StatusOf(new Criterion("worker_voice", op) { Flag = wanted }, Placement(p => p.WorkerVoice = actual)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(CriterionOp.In, "W2", PrincipleStatus.Met)]
    [InlineData(CriterionOp.In, "w2", PrincipleStatus.Met)]
    [InlineData(CriterionOp.In, "1099", PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.NotIn, "W2", PrincipleStatus.Met)]
    [InlineData(CriterionOp.NotIn, "1099", PrincipleStatus.NotMet)]
    [InlineData(CriterionOp.NotIn, "temp ", PrincipleStatus.NotMet)]
    public void TextOperators_CompareTrimmedAndIgnoringCase(CriterionOp op, string actual, PrincipleStatus expected)
    {
        var criterion = new Criterion("employment_type", op) { Values = op == CriterionOp.In ? [" W2 "] : ["1099", "Temp"] };
        var placement = TestInputs.ReadOne("employment_type", actual).Placements.Single();

        StatusOf(criterion, placement).ShouldBe(expected);
    }

    [Theory]
    [InlineData("weekly_hours")]
    [InlineData("worker_voice")]
    [InlineData("employment_type")]
    public void Criterion_OnABlankField_IsUnknown(string field)
    {
        var criterion = field switch
        {
            "worker_voice" => new Criterion(field, CriterionOp.Equal) { Flag = true },
            "employment_type" => new Criterion(field, CriterionOp.NotIn) { Values = ["1099"] },
            _ => Number(field, CriterionOp.GreaterOrEqual, 0),
        };

        StatusOf(criterion, Placement()).ShouldBe(PrincipleStatus.Unknown);
    }

    private static readonly LivingWageTable Table = TestInputs.LivingWages(("18097", "2A2W1C", 21.10m));

    [Theory]
    [InlineData(23.21, PrincipleStatus.Met)] // exactly 110 % of 21.10: decimals, not floating point
    [InlineData(23.20, PrincipleStatus.NotMet)]
    public void LivingWage_ComparesWithTheTableRowTimesPct(decimal wage, PrincipleStatus expected)
    {
        var criterion = new Criterion("hourly_wage", CriterionOp.LivingWage) { Pct = 110 };
        var placement = Placement(p => { p.HourlyWage = wage; p.CountyFips = "18097"; p.HouseholdType = "2A2W1C"; });

        StatusOf(criterion, placement, Table).ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "18097", "2A2W1C")]
    [InlineData("30", null, "2A2W1C")]
    [InlineData("30", "18097", null)]
    [InlineData("30", "99999", "2A2W1C")] // a county the table does not have
    [InlineData("30", "18097", "1A0C")] // a household the table does not have for that county
    public void LivingWage_WithMissingDataOrATableHole_IsUnknown(string? wage, string? county, string? household)
    {
        var criterion = new Criterion("hourly_wage", CriterionOp.LivingWage) { Pct = 100 };
        var placement = Placement(p =>
        {
            p.HourlyWage = wage is null ? null : decimal.Parse(wage, System.Globalization.CultureInfo.InvariantCulture);
            p.CountyFips = county;
            p.HouseholdType = household;
        });

        StatusOf(criterion, placement, Table).ShouldBe(PrincipleStatus.Unknown);
    }

    [Fact]
    public void CriteriaOfAPrinciple_AreJoinedByAnd_NotMetBeatsUnknown()
    {
        var engine = Engine(Standards(Required(Principle.Schedules,
            Number("schedule_notice_days", CriterionOp.GreaterOrEqual, 14),
            Number("weekly_hours", CriterionOp.GreaterOrEqual, 30))));

        engine.Score(Placement(p => { p.ScheduleNoticeDays = 14; p.WeeklyHours = 30; })).Statuses[0].ShouldBe(PrincipleStatus.Met);
        engine.Score(Placement(p => { p.ScheduleNoticeDays = 14; p.WeeklyHours = 20; })).Statuses[0].ShouldBe(PrincipleStatus.NotMet);
        engine.Score(Placement(p => { p.WeeklyHours = 30; })).Statuses[0].ShouldBe(PrincipleStatus.Unknown);
        engine.Score(Placement(p => { p.WeeklyHours = 20; })).Statuses[0].ShouldBe(PrincipleStatus.NotMet);
    }

    private static ScoringEngine TwoRequiredOneScored() => Engine(Standards(
        Required(Principle.Earnings, Number("hourly_wage", CriterionOp.GreaterOrEqual, 20)),
        Required(Principle.Benefits, new Criterion("health_insurance_offered", CriterionOp.Equal) { Flag = true }),
        Scored(Principle.VoiceAndRepresentation, new Criterion("worker_voice", CriterionOp.Equal) { Flag = true })));

    [Fact]
    public void Classification_QualityWhenEveryRequiredPrincipleIsMet_WhateverTheScoredOnes()
    {
        var score = TwoRequiredOneScored().Score(Placement(p => { p.HourlyWage = 25; p.HealthInsuranceOffered = true; p.WorkerVoice = false; }));

        score.Classification.ShouldBe(Classification.Quality);
    }

    [Fact]
    public void Classification_NotQualityWhenAnyRequiredPrincipleIsNotMet_EvenWithUnknowns()
    {
        var score = TwoRequiredOneScored().Score(Placement(p => { p.HourlyWage = 15; }));

        score.Classification.ShouldBe(Classification.NotQuality);
    }

    [Fact]
    public void Classification_IncompleteWhenNothingRequiredFailsButSomethingRequiredIsUnknown()
    {
        var score = TwoRequiredOneScored().Score(Placement(p => { p.HourlyWage = 25; }));

        score.Classification.ShouldBe(Classification.Incomplete);
    }

    [Fact]
    public void Score_CountsRequiredAndScoredPrinciples_UnknownAsNotMet_RoundedToOneDecimal()
    {
        var engine = TwoRequiredOneScored();

        engine.Score(Placement(p => { p.HourlyWage = 25; p.HealthInsuranceOffered = true; p.WorkerVoice = true; })).Score.ShouldBe(100.0m);
        engine.Score(Placement(p => { p.HourlyWage = 25; p.HealthInsuranceOffered = true; })).Score.ShouldBe(66.7m);
        engine.Score(Placement(p => { p.HourlyWage = 25; })).Score.ShouldBe(33.3m);
        engine.Score(Placement()).Score.ShouldBe(0.0m);
    }

    [Theory]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 16, 6.3)] // 6.25: the midpoint goes away from zero
    [InlineData(1, 80, 1.3)] // 1.25
    [InlineData(1, 40, 2.5)]
    [InlineData(2, 3, 66.7)]
    [InlineData(0, 0, 0)]
    public void Percent_RoundsToOneDecimal_MidpointAwayFromZero(int part, int whole, decimal expected)
    {
        ScoringEngine.Percent(part, whole).ShouldBe(expected);
    }

    [Fact]
    public void NotUsedPrinciples_AreNeitherReportedNorCounted()
    {
        var standards = Standards(
            Required(Principle.Earnings, Number("hourly_wage", CriterionOp.GreaterOrEqual, 20)),
            new PrincipleStandard(Principle.Schedules, PrincipleMode.NotUsed, [Number("weekly_hours", CriterionOp.GreaterOrEqual, 30)]));

        var score = Engine(standards).Score(Placement(p => { p.HourlyWage = 25; p.WeeklyHours = 10; }));

        score.Statuses.Length.ShouldBe(1);
        score.Score.ShouldBe(100.0m);
    }
}
