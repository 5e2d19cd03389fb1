namespace JobQuality.Core.Common;

/// <summary>
/// Reads an enum value by its name only (any letter case, surrounding spaces ignored). <c>Enum.TryParse</c> would also
/// take "3" or "Earnings, Schedules" and turn them into some value, which user input and stored files must never do.
/// </summary>
public static class EnumNames
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
