using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Scoring;

/// <summary>Whether a placement meets a principle. Unknown: some data needed to tell is blank.</summary>
public enum PrincipleStatus : byte
{
    Met,
    NotMet,
    Unknown,
}

/// <summary>The verdict on a placement over the Required principles (SCORING.md section 4).</summary>
public enum Classification : byte
{
    Quality,
    NotQuality,
    Incomplete,
}

/// <summary>One placement's result: its classification, its score, and each used principle's status in <see cref="JobQualityStandards.Used"/> order.</summary>
public readonly record struct PlacementScore(Classification Classification, decimal Score, PrincipleStatus[] Statuses);

/// <summary>
/// Checks placements against standards (SCORING.md section 4). The standards are compiled once into plain
/// delegates, so scoring a placement does no lookups by name and allocates nothing but its result.
/// </summary>
public sealed class ScoringEngine
{
    private delegate PrincipleStatus CriterionCheck(Placement placement);

    private readonly CriterionCheck[][] _principles;
    private readonly bool[] _required;

    public ScoringEngine(JobQualityStandards standards, LivingWageTable livingWages)
    {
        Standards = standards;
        _principles = standards.Used.Select(p => p.Criteria.Select(c => Compile(c, livingWages)).ToArray()).ToArray();
        _required = standards.Used.Select(p => p.Mode == PrincipleMode.Required).ToArray();
    }

    public JobQualityStandards Standards { get; }

    public PlacementScore Score(Placement placement)
    {
        var statuses = new PrincipleStatus[_principles.Length];
        var (classification, met) = Classify(placement, statuses);
        return new PlacementScore(classification, Percent(met, _principles.Length), statuses);
    }

    /// <summary>
    /// Evaluates into a caller's buffer (one entry per used principle) and counts the principles met; the summary
    /// path reuses one buffer for every row and never needs the score itself.
    /// </summary>
    public (Classification Classification, int Met) Classify(Placement placement, Span<PrincipleStatus> statuses)
    {
        var met = 0;
        var anyRequiredNotMet = false;
        var anyRequiredUnknown = false;
        for (var i = 0; i < _principles.Length; i++)
        {
            var status = Evaluate(_principles[i], placement);
            statuses[i] = status;
            if (status == PrincipleStatus.Met) met++;
            else if (_required[i] && status == PrincipleStatus.NotMet) anyRequiredNotMet = true;
            else if (_required[i]) anyRequiredUnknown = true;
        }
        var classification = anyRequiredNotMet ? Classification.NotQuality
            : anyRequiredUnknown ? Classification.Incomplete
            : Classification.Quality;
        return (classification, met);
    }

    /// <summary><c>100 * part / whole</c> to one decimal, a midpoint rounded away from zero; 0 when there is no whole.</summary>
    public static decimal Percent(int part, int whole) =>
        whole == 0 ? 0m : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>Criteria are joined by AND: any failure fails the principle; otherwise any unknown leaves it unknown.</summary>
    private static PrincipleStatus Evaluate(CriterionCheck[] criteria, Placement placement)
    {
        var unknown = false;
        foreach (var check in criteria)
        {
            switch (check(placement))
            {
                case PrincipleStatus.NotMet: return PrincipleStatus.NotMet;
                case PrincipleStatus.Unknown: unknown = true; break;
            }
        }
        return unknown ? PrincipleStatus.Unknown : PrincipleStatus.Met;
    }

    private static CriterionCheck Compile(Criterion criterion, LivingWageTable livingWages)
    {
        var field = PlacementFields.Find(criterion.Field) ?? throw new ArgumentException($"Unknown field {criterion.Field}", nameof(criterion));
        switch (criterion.Op)
        {
            case CriterionOp.LivingWage:
                var share = criterion.Pct!.Value / 100m;
                return p =>
                {
                    if (p.HourlyWage is not { } wage || p.CountyFips is null || p.HouseholdType is null) return PrincipleStatus.Unknown;
                    if (livingWages.Find(p.CountyFips, p.HouseholdType) is not { } livingWage) return PrincipleStatus.Unknown;
                    return Status(wage >= livingWage * share);
                };
            case CriterionOp.In or CriterionOp.NotIn:
                var values = criterion.Values!.Select(v => v.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var wanted = criterion.Op == CriterionOp.In;
                var text = field.Text!;
                return p => text(p) is { } value ? Status(values.Contains(value) == wanted) : PrincipleStatus.Unknown;
            case var _ when field.Type == FieldType.Boolean:
                var flag = criterion.Flag!.Value;
                var equal = criterion.Op == CriterionOp.Equal;
                var boolean = field.Boolean!;
                return p => boolean(p) is { } value ? Status((value == flag) == equal) : PrincipleStatus.Unknown;
            default:
                var threshold = criterion.Number!.Value;
                var number = field.Number!;
                Func<decimal, bool> holds = criterion.Op switch
                {
                    CriterionOp.GreaterOrEqual => v => v >= threshold,
                    CriterionOp.Greater => v => v > threshold,
                    CriterionOp.LessOrEqual => v => v <= threshold,
                    CriterionOp.Less => v => v < threshold,
                    CriterionOp.Equal => v => v == threshold,
                    CriterionOp.NotEqual => v => v != threshold,
                    _ => throw new ArgumentOutOfRangeException(nameof(criterion), $"{criterion.Op} does not apply to numbers"),
                };
                return p => number(p) is { } value ? Status(holds(value)) : PrincipleStatus.Unknown;
        }
    }

    private static PrincipleStatus Status(bool met) => met ? PrincipleStatus.Met : PrincipleStatus.NotMet;
}
