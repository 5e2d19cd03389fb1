namespace JobQuality.Pdf.Layout;

internal sealed record TableCell(TextContent Content, PdfColor? Shade);

internal sealed record TableRow(IReadOnlyList<TableCell> Cells, PdfColor? Shade);

/// <summary>
/// A table. The header row is drawn at the top of the table and again on every page it continues on. A row moves
/// whole to the next page when it does not fit; only a row taller than a page is split, between lines.
/// </summary>
internal sealed class TableBlock(ColumnWidth[] columns, TableRow? header, IReadOnlyList<TableRow> rows, float fontSize) : Block
{
    private const float PadX = 5;
    private const float PadY = 3.5f;
    private const float MinRelativeWidth = 24;

    public override float SpaceBefore => 8;

    public override float LeadHeight(PageFlow flow)
    {
        var widths = Widths(flow.Width);
        var lead = header is null ? 0 : Height(Lay(flow, header, widths, true));
        return SpaceBefore + lead + (rows.Count > 0 ? Height(Lay(flow, rows[0], widths, false)) : 0);
    }

    public override void Layout(PageFlow flow)
    {
        var widths = Widths(flow.Width);
        var headerCells = header is null ? null : Lay(flow, header, widths, true);
        var headerHeight = headerCells is null ? 0 : Height(headerCells);
        flow.SpaceBefore(SpaceBefore);
        flow.EnsureRoom(headerHeight + (rows.Count > 0 ? Height(Lay(flow, rows[0], widths, false)) : 0));
        DrawHeader();
        foreach (var row in rows)
        {
            var cells = Lay(flow, row, widths, false);
            var height = Height(cells);
            var fitsOnFreshPage = height <= flow.PageContentHeight - headerHeight;
            // Move the row whole to the next page; a row taller than a page starts where it is, unless not even a line fits.
            if (height > flow.Remaining && (fitsOnFreshPage || flow.Remaining < cells.Max(c => c.LineHeight) + 2 * PadY))
            {
                flow.NewPage();
                DrawHeader();
            }
            var next = new int[cells.Length];
            while (!DrawFragment(flow, widths, cells, next, row, PdfColor.Text))
            {
                flow.NewPage();
                DrawHeader();
            }
        }
        flow.SpaceAfter(10);

        void DrawHeader()
        {
            if (header is null || headerCells is null) return;
            DrawFragment(flow, widths, headerCells, new int[headerCells.Length], header with { Shade = header.Shade ?? PdfColor.HeaderShade },
                PdfColor.Text);
        }
    }

    /// <summary>Draws the lines of each cell from <paramref name="next"/> on that fit the page (at least one each) and
    /// advances <paramref name="next"/>; true when every line of the row has been drawn.</summary>
    private static bool DrawFragment(PageFlow flow, float[] widths, LaidText[] cells, int[] next, TableRow row, PdfColor color)
    {
        var room = flow.Remaining - 2 * PadY;
        var counts = new int[cells.Length];
        var textHeight = 0f;
        for (var i = 0; i < cells.Length; i++)
        {
            var left = cells[i].Lines.Count - next[i];
            var fit = Math.Max(1, (int)Math.Floor(room / cells[i].LineHeight));
            counts[i] = Math.Min(left, fit);
            textHeight = Math.Max(textHeight, Math.Max(counts[i], 1) * cells[i].LineHeight);
        }
        var height = textHeight + 2 * PadY;
        var top = flow.Take(height);
        var x = flow.Left;
        for (var i = 0; i < cells.Length; i++)
        {
            var shade = row.Cells[i].Shade ?? row.Shade;
            flow.Page.Ops.Add(new RectOp(x, top, widths[i], height, shade, PdfColor.Rule));
            for (var line = 0; line < counts[i]; line++)
                cells[i].DrawLine(flow.Page, next[i] + line, x + PadX, top + PadY + line * cells[i].LineHeight, color);
            next[i] += counts[i];
            x += widths[i];
        }
        for (var i = 0; i < cells.Length; i++)
        {
            if (next[i] < cells[i].Lines.Count) return false;
        }
        return true;
    }

    private LaidText[] Lay(PageFlow flow, TableRow row, float[] widths, bool bold)
    {
        var cells = new LaidText[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            var content = row.Cells[i].Content;
            if (bold) content = content with { Runs = content.Runs.Select(r => r with { Bold = true }).ToList() };
            cells[i] = flow.Measurer.Lay(content, fontSize, widths[i] - 2 * PadX);
        }
        return cells;
    }

    private static float Height(LaidText[] cells) => cells.Max(c => Math.Max(1, c.Lines.Count) * c.LineHeight) + 2 * PadY;

    private float[] Widths(float available)
    {
        var fixedTotal = columns.Where(c => c.IsFixed).Sum(c => c.Value);
        var weights = columns.Where(c => !c.IsFixed).Sum(c => c.Value);
        var relativeCount = columns.Count(c => !c.IsFixed);
        var rest = available - fixedTotal;
        if (rest < relativeCount * MinRelativeWidth || (relativeCount == 0 && rest < -0.5f))
            throw new InvalidOperationException(
                $"The table's fixed columns take {fixedTotal:0} pt of the {available:0} pt the page has for it.");
        return columns.Select(c => c.IsFixed ? c.Value : rest * c.Value / weights).ToArray();
    }
}
