namespace JobQuality.Pdf;

/// <summary>A page size in PDF points (1/72 inch). US Letter is the default everywhere.</summary>
public readonly record struct PageSize(float Width, float Height)
{
    /// <summary>US Letter, 8.5 × 11 in (612 × 792 pt).</summary>
    public static PageSize Letter { get; } = new(612, 792);

    /// <summary>ISO A4, 210 × 297 mm, as 595 × 842 pt: SkiaSharp writes whole points into the page's MediaBox.</summary>
    public static PageSize A4 { get; } = new(595, 842);

    public bool IsLandscape => Width > Height;

    /// <summary>The same sheet turned on its side (the longer edge across).</summary>
    public PageSize Landscape() => IsLandscape ? this : new(Height, Width);

    /// <summary>The same sheet upright (the shorter edge across).</summary>
    public PageSize Portrait() => IsLandscape ? new(Height, Width) : this;
}

/// <summary>Page margins in points. The page header and footer are drawn inside the top and bottom margins.</summary>
public readonly record struct Margins(float Left, float Top, float Right, float Bottom)
{
    public Margins(float all) : this(all, all, all, all) { }

    /// <summary>0.75 in on every side: room for the header and footer.</summary>
    public static Margins Default { get; } = new(54);
}

/// <summary>An opaque RGB colour, so callers need no SkiaSharp types.</summary>
public readonly record struct PdfColor(byte R, byte G, byte B)
{
    public static PdfColor Text { get; } = new(0x1A, 0x1A, 0x1A);
    public static PdfColor Muted { get; } = new(0x55, 0x5B, 0x63);
    public static PdfColor Accent { get; } = new(0x1F, 0x3A, 0x5F);
    public static PdfColor Rule { get; } = new(0x8A, 0x94, 0xA0);
    public static PdfColor HeaderShade { get; } = new(0xE3, 0xE8, 0xEF);
    public static PdfColor LightShade { get; } = new(0xF3, 0xF5, 0xF8);

    /// <summary>Reads "#RRGGBB" or "RRGGBB".</summary>
    public static PdfColor FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length != 6 || !uint.TryParse(digits, System.Globalization.NumberStyles.HexNumber, null, out var value))
            throw new FormatException($"'{hex}' is not a colour of the form #RRGGBB.");
        return new((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}

/// <summary>Horizontal alignment of the lines of a paragraph or table cell.</summary>
public enum TextAlign
{
    Left,
    Center,
    Right,
}
