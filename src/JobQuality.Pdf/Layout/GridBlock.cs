namespace JobQuality.Pdf.Layout;

internal sealed record GridBox(int Column, int Row, int ColumnSpan, int RowSpan, string Title, IReadOnlyList<string> Items, PdfColor? Shade);

/// <summary>A grid of equal cells holding titled boxes (a canvas). The grid never splits: it starts a new page when
/// less than its height is left. Items that do not fit in their box end with "…".</summary>
internal sealed class GridBlock(int columns, int rows, float? height, IReadOnlyList<GridBox> boxes) : Block
{
    private const float Pad = 6;
    private const float TitleSize = 10;
    private const float ItemSize = 8.5f;
    private const float ItemIndent = 9;
    private const float MinimumHeight = 240;

    public override float SpaceBefore => 8;

    public override float LeadHeight(PageFlow flow) => SpaceBefore + Math.Min(height ?? MinimumHeight, flow.PageContentHeight);

    public override void Layout(PageFlow flow)
    {
        flow.SpaceBefore(SpaceBefore);
        var wanted = Math.Min(height ?? MinimumHeight, flow.PageContentHeight);
        flow.EnsureRoom(wanted);
        var gridHeight = height is { } h ? Math.Min(h, flow.Remaining) : flow.Remaining;
        var top = flow.Take(gridHeight);
        var cellWidth = flow.Width / columns;
        var cellHeight = gridHeight / rows;
        foreach (var box in boxes)
        {
            DrawBox(flow, box, flow.Left + box.Column * cellWidth, top + box.Row * cellHeight,
                box.ColumnSpan * cellWidth, box.RowSpan * cellHeight);
        }
        flow.SpaceAfter(10);
    }

    private static void DrawBox(PageFlow flow, GridBox box, float x, float y, float width, float boxHeight)
    {
        var page = flow.Page;
        page.Ops.Add(new RectOp(x, y, width, boxHeight, box.Shade, PdfColor.Rule, 0.75f));
        var bottom = y + boxHeight - Pad;
        var title = flow.Measurer.Lay(new TextContent([new TextRun(box.Title, true)], null, TextAlign.Left, null), TitleSize, width - 2 * Pad);
        var cursor = y + Pad;
        for (var i = 0; i < title.Lines.Count && cursor + title.LineHeight <= bottom; i++, cursor += title.LineHeight)
            title.DrawLine(page, i, x + Pad, cursor, PdfColor.Accent);
        cursor += 3;
        for (var n = 0; n < box.Items.Count; n++)
        {
            var item = box.Items[n];
            var text = flow.Measurer.Lay(new TextContent([new TextRun(item, false)], null, TextAlign.Left, null), ItemSize,
                width - 2 * Pad - ItemIndent);
            for (var i = 0; i < text.Lines.Count; i++, cursor += text.LineHeight)
            {
                if (cursor + text.LineHeight > bottom) return;
                if (cursor + 2 * text.LineHeight > bottom && (i < text.Lines.Count - 1 || n < box.Items.Count - 1))
                {
                    // The last line that fits says that more did not.
                    page.Ops.Add(new TextOp("…", false, ItemSize, x + Pad + ItemIndent, cursor + text.Baseline, PdfColor.Muted));
                    return;
                }
                if (i == 0) page.Ops.Add(new TextOp("•", false, ItemSize, x + Pad, cursor + text.Baseline, PdfColor.Text));
                text.DrawLine(page, i, x + Pad + ItemIndent, cursor, PdfColor.Text);
            }
            cursor += 1.5f;
        }
    }
}
