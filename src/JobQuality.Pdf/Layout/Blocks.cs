namespace JobQuality.Pdf.Layout;

/// <summary>One block of content; lays itself out into the page flow.</summary>
internal abstract class Block
{
    public virtual float SpaceBefore => 0;

    /// <summary>Kept on the same page as the start of the next block (headings).</summary>
    public virtual bool KeepWithNext => false;

    public abstract void Layout(PageFlow flow);

    /// <summary>The first piece of this block that a heading above it must share a page with, space before included.</summary>
    public virtual float LeadHeight(PageFlow flow) => 0;
}

/// <summary>A paragraph, a bullet item or a heading: wrapped lines that may continue on the next page.</summary>
internal class TextBlock(TextContent content, float? size, PdfColor color, float spaceBefore, float spaceAfter, bool bullet) : Block
{
    private const float BulletIndent = 16;
    private LaidText? _laid;

    public static TextBlock Paragraph(TextContent content) =>
        new(content, null, content.Color ?? PdfColor.Text, spaceBefore: 5, spaceAfter: 5, bullet: false);

    public static TextBlock Bullet(TextContent content) =>
        new(content, null, content.Color ?? PdfColor.Text, spaceBefore: 2, spaceAfter: 2, bullet: true);

    public override float SpaceBefore => spaceBefore;
    private float Indent => bullet ? BulletIndent : 0;

    protected LaidText Lay(PageFlow flow)
    {
        var width = flow.Width - Indent;
        if (_laid is null || _laid.Width != width) _laid = flow.Measurer.Lay(content, size ?? flow.FontSize, width);
        return _laid;
    }

    public override float LeadHeight(PageFlow flow)
    {
        var text = Lay(flow);
        return spaceBefore + Math.Min(2, text.Lines.Count) * text.LineHeight;
    }

    public override void Layout(PageFlow flow)
    {
        flow.SpaceBefore(spaceBefore);
        var text = Lay(flow);
        // No single first line at the bottom of a page.
        flow.EnsureRoom(Math.Min(2, text.Lines.Count) * text.LineHeight);
        var left = flow.Left + Indent;
        flow.PlaceLines(text, left, color, (line, top) => OnLine(flow, text, line, top));
        flow.SpaceAfter(spaceAfter);
    }

    protected virtual void OnLine(PageFlow flow, LaidText text, int line, float top)
    {
        if (bullet && line == 0)
            flow.Page.Ops.Add(new TextOp("•", false, text.Size, flow.Left + 4, top + text.Baseline, color));
    }
}

internal sealed class HeadingBlock(int level, string text, bool inContents)
    : TextBlock(new TextContent([new TextRun(text, true)], null, TextAlign.Left, null), Sizes[level - 1], PdfColor.Accent,
        spaceBefore: Befores[level - 1], spaceAfter: Afters[level - 1], bullet: false)
{
    private static readonly float[] Sizes = [18f, 14f, 11.5f];
    private static readonly float[] Befores = [20f, 16f, 12f];
    private static readonly float[] Afters = [8f, 6f, 4f];

    public int Level { get; } = level;
    public string Text { get; } = text;
    public bool InContents { get; } = inContents;
    public string Name { get; set; } = "";

    public override bool KeepWithNext => true;

    public override float LeadHeight(PageFlow flow) => SpaceBefore + Lay(flow).Height;

    protected override void OnLine(PageFlow flow, LaidText text, int line, float top)
    {
        if (line != 0) return;
        flow.HeadingPages[this] = flow.Pages.Count;
        flow.Page.Ops.Add(new DestinationOp(Name, flow.Left, top));
    }
}

/// <summary>Explicit space: kept at the top of a page too (a cover's title lower down), never beyond the page's end.</summary>
internal sealed class SpaceBlock(float points) : Block
{
    public override void Layout(PageFlow flow) => flow.Take(Math.Clamp(points, 0, Math.Max(0, flow.Remaining)));
}

internal sealed class PageBreakBlock : Block
{
    public override void Layout(PageFlow flow) => flow.NewPage();
}

/// <summary>Blocks on pages of another size; the next block starts a page of the document's size.</summary>
internal sealed class SectionBlock(PageSize size, IReadOnlyList<Block> blocks) : Block
{
    public IReadOnlyList<Block> Blocks { get; } = blocks;

    public override void Layout(PageFlow flow)
    {
        var after = flow.Page.Size;
        flow.NewPage(size);
        DocumentLayout.LayoutBlocks(flow, Blocks);
        flow.NewPage(after);
    }
}

/// <summary>The contents: one entry a heading, its page number at the right, the entry a link to the heading.</summary>
internal sealed class ContentsBlock(int maxLevel) : Block
{
    private const float NumberWidth = 36;

    public override void Layout(PageFlow flow)
    {
        foreach (var heading in flow.Headings)
        {
            if (!heading.InContents || heading.Level > maxLevel) continue;
            var bold = heading.Level == 1;
            var indent = (heading.Level - 1) * 16f;
            var content = new TextContent([new TextRun(heading.Text, bold)], null, TextAlign.Left, null);
            var text = flow.Measurer.Lay(content, flow.FontSize, flow.Width - indent - NumberWidth);
            flow.SpaceBefore(bold ? 6 : 2);
            flow.EnsureRoom(text.Height);
            flow.PlaceLines(text, flow.Left + indent, PdfColor.Text, (line, top) =>
            {
                flow.Page.Ops.Add(new LinkOp(heading.Name, flow.Left, top, flow.Width, text.LineHeight));
                if (line == text.Lines.Count - 1)
                    flow.Page.Ops.Add(new PageNumberOp(heading, flow.Left + flow.Width, top + text.Baseline, text.Size, bold, PdfColor.Text));
            });
            flow.SpaceAfter(0);
        }
        flow.SpaceAfter(8);
    }
}
