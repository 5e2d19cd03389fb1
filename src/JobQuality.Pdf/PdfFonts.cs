using System.Reflection;
using SkiaSharp;

namespace JobQuality.Pdf;

/// <summary>
/// The two faces every document is set in. <see cref="Default"/> is DejaVu Sans regular and bold, embedded in this
/// assembly, so no machine needs fonts installed. Fonts are always loaded from bytes: SkiaSharp's Linux
/// NoDependencies natives have no fontconfig, and a lookup by family name silently gives an empty typeface whose
/// text never appears. Anything that cannot be loaded throws <see cref="PdfFontException"/> naming the font.
/// </summary>
public sealed class PdfFonts
{
    private const string RegularResource = "JobQuality.Pdf.Fonts.DejaVuSans.ttf";
    private const string BoldResource = "JobQuality.Pdf.Fonts.DejaVuSans-Bold.ttf";

    private static readonly Lazy<PdfFonts> Embedded = new(() => FromResources(typeof(PdfFonts).Assembly, RegularResource, BoldResource));

    private PdfFonts(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
    }

    /// <summary>DejaVu Sans and DejaVu Sans Bold from this assembly (loaded once per process).</summary>
    public static PdfFonts Default => Embedded.Value;

    internal SKTypeface Regular { get; }
    internal SKTypeface Bold { get; }

    /// <summary>Loads the regular and bold faces from TrueType/OpenType files.</summary>
    public static PdfFonts FromFiles(string regularPath, string boldPath) =>
        new(Load(regularPath, () => File.Exists(regularPath) ? File.OpenRead(regularPath) : null),
            Load(boldPath, () => File.Exists(boldPath) ? File.OpenRead(boldPath) : null));

    /// <summary>Loads the regular and bold faces from embedded resources of <paramref name="assembly"/>.</summary>
    public static PdfFonts FromResources(Assembly assembly, string regularResource, string boldResource)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new(Load(regularResource, () => assembly.GetManifestResourceStream(regularResource)),
            Load(boldResource, () => assembly.GetManifestResourceStream(boldResource)));
    }

    private static SKTypeface Load(string name, Func<Stream?> open)
    {
        byte[] bytes;
        using (var stream = open() ?? throw new PdfFontException(name, "the file or embedded resource does not exist"))
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        SKTypeface? typeface;
        try
        {
            using var data = SKData.CreateCopy(bytes);
            typeface = SKTypeface.FromData(data);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            throw new PdfFontException(name,
                "SkiaSharp's native library could not be loaded (on Linux, reference SkiaSharp.NativeAssets.Linux.NoDependencies)", e);
        }
        if (typeface is null || typeface.GlyphCount == 0 || string.IsNullOrEmpty(typeface.FamilyName))
            throw new PdfFontException(name, $"SkiaSharp cannot read it as a font ({bytes.Length:N0} bytes)");
        return typeface;
    }
}

/// <summary>A font could not be loaded: the message names it and says why. A PDF is never written without its text.</summary>
public sealed class PdfFontException : Exception
{
    public PdfFontException(string font, string reason, Exception? inner = null)
        : base($"The PDF font '{font}' could not be loaded: {reason}.", inner) => Font = font;

    /// <summary>The font's file path or resource name.</summary>
    public string Font { get; }
}
