using System.Globalization;

namespace JobQuality.Core.Scoring;

/// <summary>Parsing of one CSV cell into its column's type. Each method returns null on success, else the reason.</summary>
internal static class FieldValues
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    public static string? Decimal(ReadOnlySpan<char> text, decimal min, decimal max, out decimal value)
    {
        if (!TryParseSimpleDecimal(text, out value) && !decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out value)) return "is not a number";
        if (value < min || value > max) return max == decimal.MaxValue ? $"must be {min} or more" : $"must be between {min} and {max}";
        return null;
    }

    public static string? Integer(ReadOnlySpan<char> text, int min, int max, out int value)
    {
        value = 0;
        var plainDigits = text.Length is > 0 and <= 9 && TryDigits(text, out value);
        if (!plainDigits && !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return "is not a whole number";
        if (value < min || value > max) return max == int.MaxValue ? $"must be {min} or more" : $"must be between {min} and {max}";
        return null;
    }

    /// <summary>y/n, yes/no, true/false and 1/0, in any letter case.</summary>
    public static string? Boolean(ReadOnlySpan<char> text, out bool value)
    {
        // One comparison per spelling length keeps this cheap on million-row files.
        bool? parsed = text.Length switch
        {
            1 => char.ToLowerInvariant(text[0]) switch { 'y' or '1' => true, 'n' or '0' => false, _ => null },
            2 => text.Equals("no", StringComparison.OrdinalIgnoreCase) ? false : null,
            3 => text.Equals("yes", StringComparison.OrdinalIgnoreCase) ? true : null,
            4 => text.Equals("true", StringComparison.OrdinalIgnoreCase) ? true : null,
            5 => text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false : null,
            _ => null,
        };
        value = parsed ?? false;
        return parsed is null ? "is not a yes/no value (use y/n, yes/no, true/false or 1/0)" : null;
    }

    /// <summary>Exactly yyyy-mm-dd, and a real calendar day.</summary>
    public static string? Date(ReadOnlySpan<char> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return "is not a date in the form yyyy-mm-dd";
        }
        value = new DateOnly(year, month, day);
        return null;
    }

    /// <summary>
    /// The common shapes (<c>23.21</c>, <c>-4</c>, <c>.5</c>) without the general parser's culture machinery;
    /// anything else falls through to <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>.
    /// </summary>
    private static bool TryParseSimpleDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative) text = text[1..];
        if (text.IsEmpty || text.Length > 18) return false;
        long mantissa = 0;
        byte scale = 0;
        var seenPoint = false;
        var digits = 0;
        foreach (var c in text)
        {
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }
            var digit = c - '0';
            if ((uint)digit > 9) return false;
            mantissa = mantissa * 10 + digit;
            digits++;
            if (seenPoint) scale++;
        }
        if (digits == 0) return false;
        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative && mantissa != 0, scale);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = c - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }

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
