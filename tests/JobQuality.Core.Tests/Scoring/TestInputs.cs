using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Csv;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Tests.Scoring;

/// <summary>Small builders for scoring tests: CSV text, placements, standards and living wage tables.</summary>
internal static class TestInputs
{
    public static string Csv(string header, params string[] rows) => string.Join("\n", [header, .. rows]) + "\n";

    public static (List<Placement> Placements, IReadOnlyList<CsvError> Errors) ReadPlacements(string csv)
    {
        var reader = new PlacementCsvReader(new StringReader(csv));
        var placements = reader.ReadAll().ToList();
        return (placements, reader.Errors);
    }

    /// <summary>A placement file with the two required columns and the given extra columns.</summary>
    public static (List<Placement> Placements, IReadOnlyList<CsvError> Errors) ReadOne(string column, string value) =>
        ReadPlacements(Csv($"placement_id,placement_date,{column}", $"P-1,2026-05-01,{value}"));

    public static Placement Placement(Action<Placement>? setup = null)
    {
        var placement = new Placement { PlacementId = "P-1", PlacementDate = new DateOnly(2026, 5, 1) };
        setup?.Invoke(placement);
        return placement;
    }

    public static JobQualityStandards Standards(params PrincipleStandard[] principles) => new("Test standards", principles);

    public static PrincipleStandard Required(Principle principle, params Criterion[] criteria) => new(principle, PrincipleMode.Required, criteria);

    public static PrincipleStandard Scored(Principle principle, params Criterion[] criteria) => new(principle, PrincipleMode.Scored, criteria);

    public static LivingWageTable LivingWages(params (string County, string Household, decimal Wage)[] rows) =>
        new(rows.Select(r => new LivingWage(r.County, r.Household, r.Wage)));

    public static ScoringEngine Engine(JobQualityStandards standards, LivingWageTable? livingWages = null) =>
        new(standards, livingWages ?? LivingWages());

    public static PrincipleStatus StatusOf(Criterion criterion, Placement placement, LivingWageTable? livingWages = null) =>
        Engine(Standards(Required(Principle.Earnings, criterion)), livingWages).Score(placement).Statuses[0];
}
