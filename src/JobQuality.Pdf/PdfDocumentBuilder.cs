using JobQuality.Pdf.Layout;

namespace JobQuality.Pdf;

/// <summary>
/// A document: settings, then blocks added top to bottom, then <see cref="WriteTo"/>. Writing takes two passes:
/// the blocks are laid out into pages first, then drawn, so "Page X of Y" and the contents' page numbers are known.
/// <code>
/// var doc = new PdfDocumentBuilder { Title = "Plan", Header = "Plan — Team", Footer = "Organization" };
/// doc.Heading(1, "Action plan");
/// doc.Paragraph(p => p.Bold("Goal: ").Regular("…"));
/// doc.Table(t => t.RelativeColumn(3).FixedColumn(72).Header("Step", "Due").Row("Hire a coach", "2026-03-01"));
/// doc.LandscapeSection(s => s.Grid(5, 3, g => g.Box(0, 0, "Partners", ["…"], rowSpan: 2)));
/// doc.WriteTo(stream);
/// </code>
/// The output is an untagged PDF (SkiaSharp writes no structure tree): offer an accessible HTML view beside it.
/// </summary>
public sealed class PdfDocumentBuilder : PdfContent
{
    public PdfDocumentBuilder() : this(PageSize.Letter) { }

    public PdfDocumentBuilder(PageSize pageSize) => PageSize = pageSize;

    /// <summary>The size of every page outside a <see cref="Section"/> (US Letter by default).</summary>
    public PageSize PageSize { get; set; }

    public Margins Margins { get; set; } = Margins.Default;

    /// <summary>The body text size in points.</summary>
    public float FontSize { get; set; } = 10.5f;

    public PdfFonts? Fonts { get; set; }

    /// <summary>Document metadata (the PDF's Info dictionary).</summary>
    public string? Title { get; set; }

    public string? Author { get; set; }
    public string? Subject { get; set; }

    /// <summary>The creation date written into the PDF (now when not set).</summary>
    public DateTimeOffset? Created { get; set; }

    /// <summary>Text at the top left of every page, above a rule; none when null.</summary>
    public string? Header { get; set; }

    /// <summary>Text at the bottom left of every page.</summary>
    public string? Footer { get; set; }

    /// <summary>The page number at the bottom right: {0} the page, {1} the count of pages.</summary>
    public string PageNumberFormat { get; set; } = "Page {0} of {1}";

    /// <summary>False: the first page (a cover) has no header, footer or page number; it still counts as page 1.</summary>
    public bool HeaderAndFooterOnFirstPage { get; set; } = true;

    /// <summary>Blocks on pages of their own with another size, e.g. one landscape page for a wide grid. The content
    /// after the section starts a new page of the document's size again.</summary>
    public void Section(PageSize pageSize, Action<PdfContent> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var content = new PdfContent();
        build(content);
        Blocks.Add(new SectionBlock(pageSize, content.Blocks));
    }

    /// <summary>A <see cref="Section"/> on the document's page size turned landscape.</summary>
    public void LandscapeSection(Action<PdfContent> build) => Section(PageSize.Landscape(), build);

    /// <summary>Lays out and writes the PDF; returns the number of pages.</summary>
    public int WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fonts = Fonts ?? PdfFonts.Default;
        using var measurer = new TextMeasurer(fonts);
        var layout = DocumentLayout.Run(this, measurer);
        PdfRenderer.Render(this, layout, measurer, fonts, output);
        return layout.Pages.Count;
    }

    /// <summary>The PDF as bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }
}
