using System.Collections.Frozen;

namespace JobQuality.Core.Scoring;

/// <summary>The twelve household types of living wage calculators.</summary>
public static class HouseholdTypes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "1A0C", "1A1C", "1A2C", "1A3C",
        "2A1W0C", "2A1W1C", "2A1W2C", "2A1W3C",
        "2A2W0C", "2A2W1C", "2A2W2C", "2A2W3C",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        All.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The canonical (upper-case) code for <paramref name="value"/>, or null when it is not one of the twelve.</summary>
    public static string? Normalize(ReadOnlySpan<char> value) =>
        Lookup.TryGetValue(value, out var code) ? code : null;
}
