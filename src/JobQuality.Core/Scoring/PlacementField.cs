namespace JobQuality.Core.Scoring;

/// <summary>Stores a parsed cell into a placement, or returns why the cell is not valid for its column.</summary>
/// <param name="texts">Gives the text of a cell as a string, shared between rows when the same value repeats.</param>
public delegate string? CellParser(ReadOnlySpan<char> cell, Placement target, TextPool texts);

/// <summary>One column of the placements file: its type, whether it is required, how it is parsed and read back.</summary>
public sealed class PlacementField
{
    public required string Name { get; init; }
    public required FieldType Type { get; init; }
    public bool Required { get; init; }

    /// <summary>Whether standards may test this field. Identifiers and the worker's demographics describe people, not jobs.</summary>
    public bool UsableInCriteria { get; init; } = true;

    public required CellParser Parse { get; init; }

    /// <summary>The value as a number (decimal and integer fields).</summary>
    public Func<Placement, decimal?>? Number { get; init; }

    public Func<Placement, bool?>? Boolean { get; init; }

    public Func<Placement, string?>? Text { get; init; }
}
