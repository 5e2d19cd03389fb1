using System.Globalization;

namespace JobQuality.Core.Scoring;

/// <summary>Parsing of one CSV cell into its column's type. Each method returns null on success, else the reason.</summary>
internal static class FieldValues
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    public static string? Decimal(ReadOnlySpan<char> text, decimal min, decimal max, out decimal value)
    {
        if (!decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out value)) return "is not a number";
        if (value < min || value > max) return max == decimal.MaxValue ? $"must be {min} or more" : $"must be between {min} and {max}";
        return null;
    }

    public static string? Integer(ReadOnlySpan<char> text, int min, int max, out int value)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return "is not a whole number";
        if (value < min || value > max) return max == int.MaxValue ? $"must be {min} or more" : $"must be between {min} and {max}";
        return null;
    }

    /// <summary>y/n, yes/no, true/false and 1/0, in any letter case.</summary>
    public static string? Boolean(ReadOnlySpan<char> text, out bool value)
    {
        if (Is(text, "y") || Is(text, "yes") || Is(text, "true") || Is(text, "1")) { value = true; return null; }
        if (Is(text, "n") || Is(text, "no") || Is(text, "false") || Is(text, "0")) { value = false; return null; }
        value = false;
        return "is not a yes/no value (use y/n, yes/no, true/false or 1/0)";

        static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    public static string? Date(ReadOnlySpan<char> text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            ? null
            : "is not a date in the form yyyy-mm-dd";

    public static string? Digits(ReadOnlySpan<char> text, int minLength, int maxLength)
    {
        var allDigits = text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');
        if (allDigits && text.Length >= minLength && text.Length <= maxLength) return null;
        return minLength == maxLength ? $"must be exactly {minLength} digits" : $"must be {minLength} to {maxLength} digits";
    }

    /// <summary>A standard occupational classification code: two digits, a hyphen, four digits.</summary>
    public static string? Soc(ReadOnlySpan<char> text) =>
        text.Length == 7 && text[2] == '-' && !text[..2].ContainsAnyExceptInRange('0', '9') && !text[3..].ContainsAnyExceptInRange('0', '9')
            ? null
            : "must be an occupation code like 29-1141";
}
