namespace JobQuality.Core.Scoring.Standards;

/// <summary>The comparison a criterion makes.</summary>
public enum CriterionOp
{
    GreaterOrEqual,
    Greater,
    LessOrEqual,
    Less,
    Equal,
    NotEqual,
    In,
    NotIn,
    LivingWage,
}

/// <summary>
/// One test a placement must pass for a principle, such as <c>weekly_hours &gt;= 30</c>. Exactly one of
/// <see cref="Number"/>, <see cref="Flag"/>, <see cref="Values"/> or <see cref="Pct"/> is set, as the operator needs.
/// </summary>
public sealed record Criterion(string Field, CriterionOp Op)
{
    public decimal? Number { get; init; }
    public bool? Flag { get; init; }
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>For <see cref="CriterionOp.LivingWage"/>: the share of the living wage to reach, in percent.</summary>
    public decimal? Pct { get; init; }

    public static string Symbol(CriterionOp op) => op switch
    {
        CriterionOp.GreaterOrEqual => ">=",
        CriterionOp.Greater => ">",
        CriterionOp.LessOrEqual => "<=",
        CriterionOp.Less => "<",
        CriterionOp.Equal => "=",
        CriterionOp.NotEqual => "!=",
        CriterionOp.In => "in",
        CriterionOp.NotIn => "not_in",
        CriterionOp.LivingWage => "living_wage",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static CriterionOp? FromSymbol(string symbol) => symbol.Trim().ToLowerInvariant() switch
    {
        ">=" => CriterionOp.GreaterOrEqual,
        ">" => CriterionOp.Greater,
        "<=" => CriterionOp.LessOrEqual,
        "<" => CriterionOp.Less,
        "=" => CriterionOp.Equal,
        "!=" => CriterionOp.NotEqual,
        "in" => CriterionOp.In,
        "not_in" => CriterionOp.NotIn,
        "living_wage" => CriterionOp.LivingWage,
        _ => null,
    };
}

/// <summary>A principle's place in the standards: its mode and the criteria that must all hold.</summary>
public sealed record PrincipleStandard(Principle Principle, PrincipleMode Mode, IReadOnlyList<Criterion> Criteria);

/// <summary>A board's job quality standards (SCORING.md section 3), already validated.</summary>
public sealed record JobQualityStandards(string Name, IReadOnlyList<PrincipleStandard> Principles)
{
    /// <summary>Principles that count (Required, then Scored), in the contract's order within each mode.</summary>
    public IReadOnlyList<PrincipleStandard> Used { get; } = Principles
        .Where(p => p.Mode != PrincipleMode.NotUsed)
        .OrderBy(p => p.Mode)
        .ThenBy(p => p.Principle)
        .ToList();
}
