using JobQuality.Pdf.Layout;

namespace JobQuality.Pdf;

/// <summary>
/// The blocks of a document or of a section, top to bottom: headings, paragraphs, bullets, tables, grids, page breaks.
/// Nothing is measured or drawn until the document is written.
/// </summary>
public class PdfContent
{
    internal PdfContent() { }

    internal List<Block> Blocks { get; } = [];

    /// <summary>A heading of level 1 to 3, kept on the same page as the start of the block that follows.
    /// <paramref name="inContents"/>: listed by <see cref="TableOfContents"/>.</summary>
    public void Heading(int level, string text, bool inContents = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        ArgumentNullException.ThrowIfNull(text);
        Blocks.Add(new HeadingBlock(level, text, inContents));
    }

    /// <summary>A paragraph of regular text; a "\n" starts a new line.</summary>
    public void Paragraph(string text) => Paragraph(p => p.Regular(text));

    /// <summary>A paragraph of mixed runs: <c>doc.Paragraph(p => p.Bold("Goal: ").Regular("…"))</c>.</summary>
    public void Paragraph(Action<ParagraphBuilder> build) => Blocks.Add(TextBlock.Paragraph(ParagraphBuilder.Build(build)));

    /// <summary>A bulleted item (one call an item).</summary>
    public void Bullet(string text) => Bullet(p => p.Regular(text));

    /// <summary>A bulleted item of mixed runs.</summary>
    public void Bullet(Action<ParagraphBuilder> build) => Blocks.Add(TextBlock.Bullet(ParagraphBuilder.Build(build)));

    /// <summary>A table: columns, an optional header row (repeated on every page) and rows that are never split
    /// across pages (except a row taller than a whole page).</summary>
    public void Table(Action<TableBuilder> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var table = new TableBuilder();
        build(table);
        Blocks.Add(table.ToBlock());
    }

    /// <summary>A grid of <paramref name="columns"/> × <paramref name="rows"/> equal cells, filled with titled boxes that
    /// may span cells (a canvas). Height: <paramref name="height"/> points, or the rest of the page when null.</summary>
    public void Grid(int columns, int rows, Action<GridBuilder> build, float? height = null)
    {
        ArgumentNullException.ThrowIfNull(build);
        var grid = new GridBuilder(columns, rows);
        build(grid);
        Blocks.Add(new GridBlock(columns, rows, height, grid.Boxes));
    }

    /// <summary>Horizontal bars, one a row, each a fraction (0 to 1) of the full width with its value in words:
    /// <c>doc.BarChart(c => c.Bar("Living wage", 0.62f, "62%"))</c>. <paramref name="labelShare"/>: the part of the
    /// width the labels take.</summary>
    public void BarChart(Action<BarChartBuilder> build, float labelShare = 0.38f)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentOutOfRangeException.ThrowIfLessThan(labelShare, 0.1f);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labelShare, 0.7f);
        var chart = new BarChartBuilder();
        build(chart);
        Blocks.Add(new BarChartBlock(chart.Bars, labelShare));
    }

    /// <summary>The listed headings up to <paramref name="maxLevel"/> with their page numbers, each a link.</summary>
    public void TableOfContents(int maxLevel = 2) => Blocks.Add(new ContentsBlock(maxLevel));

    /// <summary>Vertical space in points, at the top of a page too (at most the rest of the page).</summary>
    public void Space(float points) => Blocks.Add(new SpaceBlock(points));

    /// <summary>Starts a new page (nothing happens at the top of an empty page).</summary>
    public void PageBreak() => Blocks.Add(new PageBreakBlock());
}

/// <summary>Runs of regular and bold text, with an optional size, alignment and colour.</summary>
public sealed class ParagraphBuilder
{
    private readonly List<TextRun> _runs = [];
    private float? _size;
    private TextAlign _align;
    private PdfColor? _color;

    public ParagraphBuilder Regular(string text) => Add(text, bold: false);

    public ParagraphBuilder Bold(string text) => Add(text, bold: true);

    /// <summary>The size in points (the body size when not set).</summary>
    public ParagraphBuilder FontSize(float points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 4f);
        _size = points;
        return this;
    }

    public ParagraphBuilder Align(TextAlign align)
    {
        _align = align;
        return this;
    }

    public ParagraphBuilder Color(PdfColor color)
    {
        _color = color;
        return this;
    }

    private ParagraphBuilder Add(string text, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0) _runs.Add(new TextRun(text, bold));
        return this;
    }

    internal static TextContent Build(Action<ParagraphBuilder> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var builder = new ParagraphBuilder();
        build(builder);
        return new TextContent(builder._runs, builder._size, builder._align, builder._color);
    }

    internal static TextContent Plain(string text, TextAlign align = TextAlign.Left) =>
        new(text.Length == 0 ? [] : [new TextRun(text, false)], null, align, null);
}
