namespace JobQuality.Pdf.Layout;

/// <summary>What the draw pass paints; coordinates in points from the page's top left, text at its baseline.</summary>
internal abstract record DrawOp;

internal sealed record TextOp(string Text, bool Bold, float Size, float X, float Y, PdfColor Color) : DrawOp;

internal sealed record RectOp(float X, float Y, float Width, float Height, PdfColor? Fill, PdfColor? Stroke, float StrokeWidth = 0.5f) : DrawOp;

internal sealed record LineOp(float X1, float Y1, float X2, float Y2, PdfColor Color, float Width) : DrawOp;

/// <summary>A named place a link can jump to (a heading).</summary>
internal sealed record DestinationOp(string Name, float X, float Y) : DrawOp;

internal sealed record LinkOp(string Name, float X, float Y, float Width, float Height) : DrawOp;

/// <summary>The page number of a heading, right-aligned at <see cref="Right"/>: known only once every page is laid out.</summary>
internal sealed record PageNumberOp(HeadingBlock Heading, float Right, float Y, float Size, bool Bold, PdfColor Color) : DrawOp;

internal sealed class LayoutPage(PageSize size)
{
    public PageSize Size { get; set; } = size;
    public List<DrawOp> Ops { get; } = [];
}

/// <summary>
/// The pages and the cursor of the layout pass. Space between blocks collapses (the larger of after and before)
/// and is dropped at the top of a page.
/// </summary>
internal sealed class PageFlow(Margins margins, TextMeasurer measurer, float fontSize)
{
    private float _gap;

    public List<LayoutPage> Pages { get; } = [];
    public LayoutPage Page { get; private set; } = null!;
    public TextMeasurer Measurer { get; } = measurer;
    public float FontSize { get; } = fontSize;
    public Dictionary<HeadingBlock, int> HeadingPages { get; } = [];
    public IReadOnlyList<HeadingBlock> Headings { get; set; } = [];

    /// <summary>Nothing has been placed on this page yet.</summary>
    public bool AtTop { get; private set; }

    public float Y { get; private set; }
    public float Left => margins.Left;
    public float Width => Page.Size.Width - margins.Left - margins.Right;
    public float Top => margins.Top;
    public float Bottom => Page.Size.Height - margins.Bottom;
    public float PageContentHeight => Bottom - Top;
    public float Remaining => Bottom - Y - Gap;
    private float Gap => AtTop ? 0 : _gap;

    public void NewPage(PageSize size)
    {
        if (Pages.Count > 0 && AtTop)
        {
            Page.Size = size;
            return;
        }
        Page = new LayoutPage(size);
        Pages.Add(Page);
        Y = Top;
        AtTop = true;
        _gap = 0;
    }

    public void NewPage() => NewPage(Page.Size);

    public void SpaceBefore(float points) => _gap = Math.Max(_gap, points);

    public void SpaceAfter(float points) => _gap = points;

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor (or the page is empty).</summary>
    public void EnsureRoom(float height)
    {
        if (!AtTop && height > Remaining) NewPage();
    }

    /// <summary>Claims <paramref name="height"/> below the cursor and returns its top.</summary>
    public float Take(float height)
    {
        Y += Gap;
        _gap = 0;
        var top = Y;
        Y += height;
        AtTop = false;
        return top;
    }

    /// <summary>Places lines, moving to a new page between lines when the next one does not fit.</summary>
    public void PlaceLines(LaidText text, float left, PdfColor color, Action<int, float>? decorate = null)
    {
        for (var i = 0; i < text.Lines.Count; i++)
        {
            EnsureRoom(text.LineHeight);
            var top = Take(text.LineHeight);
            text.DrawLine(Page, i, left, top, color);
            decorate?.Invoke(i, top);
        }
    }

    /// <summary>Drops a trailing page that nothing was placed on (after a final section or page break).</summary>
    public void Finish()
    {
        if (Pages.Count > 1 && AtTop && Page.Ops.Count == 0) Pages.RemoveAt(Pages.Count - 1);
    }
}
