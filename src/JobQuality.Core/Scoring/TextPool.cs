namespace JobQuality.Core.Scoring;

/// <summary>
/// Hands out one string per distinct cell text (county codes, programs, employers repeat on many rows), so a large
/// file does not allocate the same text over and over. Bounded: past its capacity it simply allocates.
/// </summary>
public sealed class TextPool(int capacity = 100_000)
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> text)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled)) return pooled;
        var created = text.ToString();
        if (_strings.Count < capacity) _strings.Add(created, created);
        return created;
    }
}
