namespace JobQuality.Core.Canvas;

/// <summary>The nine squares of the Job Quality Canvas.</summary>
public enum CanvasSquare
{
    KeyPartners,
    KeyStrategies,
    KeyAssets,
    BudgetAndCost,
    ExtendedValuePropositions,
    BuyInAndSupport,
    ImplementationAndLaunch,
    ImpactMeasures,
    Beneficiaries,
}

/// <summary>How a square is named and explained, and where it sits on the printed canvas.</summary>
/// <param name="FillOrder">The step (after the mission, which is step 1) at which the Starter Guide suggests filling it.</param>
/// <param name="GridArea">The CSS grid area the square occupies on a wide screen.</param>
public sealed record CanvasSquareInfo(CanvasSquare Square, string Title, string Guidance, int FillOrder, string GridArea);

public static class CanvasSquares
{
    /// <summary>The squares in the recommended fill order.</summary>
    public static IReadOnlyList<CanvasSquareInfo> InFillOrder { get; } =
    [
        new(CanvasSquare.KeyPartners, "Key Partners",
            "Organizations and people whose help you need: employers, unions, colleges, agencies, community groups.", 2, "partners"),
        new(CanvasSquare.KeyStrategies, "Key Strategies",
            "What the team will do to raise job quality: the offerings and changes behind your value proposition.", 3, "strategies"),
        new(CanvasSquare.KeyAssets, "Key Assets / Resources",
            "What you already have to work with: funding, data, relationships, staff time, contracts.", 4, "assets"),
        new(CanvasSquare.BudgetAndCost, "Budget / Cost Considerations",
            "What the work will cost, who pays, and where money is uncertain.", 5, "budget"),
        new(CanvasSquare.ExtendedValuePropositions, "Extended / Expanded Value Propositions",
            "What each partner and stakeholder gains, beyond the workers you aim to help.", 6, "extended"),
        new(CanvasSquare.BuyInAndSupport, "Buy-in & Support",
            "Whose support you need to win, and how you will earn it.", 7, "buyin"),
        new(CanvasSquare.ImplementationAndLaunch, "Implementation / Launch",
            "The first moves: pilots, dates, who starts what.", 8, "launch"),
        new(CanvasSquare.ImpactMeasures, "Impact Measures / KPIs / Milestones",
            "How you will know it is working: the numbers and milestones you will track.", 9, "impact"),
        new(CanvasSquare.Beneficiaries, "Beneficiaries",
            "The workers and jobseekers who should end up in better jobs, as specifically as you can name them.", 10, "beneficiaries"),
    ];

    public static CanvasSquareInfo Info(this CanvasSquare square) => InFillOrder.First(i => i.Square == square);
}
