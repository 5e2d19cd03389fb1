namespace JobQuality.Core.Scoring.Standards;

/// <summary>
/// Reads principle and mode names exactly as names (any letter case, surrounding spaces ignored). <c>Enum.TryParse</c>
/// would also take "3" or "Earnings, Schedules" and turn them into some principle, which a standards file must never do.
/// </summary>
public static class StandardsNames
{
    public static T? Parse<T>(string? text) where T : struct, Enum
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), trimmed, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }
}
