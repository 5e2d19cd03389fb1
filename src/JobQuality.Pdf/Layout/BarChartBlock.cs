namespace JobQuality.Pdf.Layout;

internal sealed record ChartBar(string Label, float Fraction, string Value, PdfColor Color);

/// <summary>
/// Horizontal bars, one a row: a wrapped label on the left, a bar on a light track scaled to a fraction of its whole
/// width, and the value in words at the right. Rows stay whole; the chart may continue on the next page between rows.
/// </summary>
internal sealed class BarChartBlock(IReadOnlyList<ChartBar> bars, float labelShare) : Block
{
    private const float RowGap = 5;
    private const float BarHeight = 11;
    private const float ValueWidth = 72;
    private const float Gutter = 8;

    public override float SpaceBefore => 8;

    public override float LeadHeight(PageFlow flow) => SpaceBefore + (bars.Count == 0 ? 0 : RowHeight(flow, Label(flow, bars[0])));

    public override void Layout(PageFlow flow)
    {
        flow.SpaceBefore(SpaceBefore);
        var labelWidth = flow.Width * labelShare;
        var trackLeft = flow.Left + labelWidth + Gutter;
        var trackWidth = Math.Max(10, flow.Width - labelWidth - Gutter - ValueWidth - Gutter);
        foreach (var bar in bars)
        {
            var label = Label(flow, bar);
            var height = RowHeight(flow, label);
            flow.EnsureRoom(height);
            var top = flow.Take(height);
            for (var i = 0; i < label.Lines.Count; i++) label.DrawLine(flow.Page, i, flow.Left, top + i * label.LineHeight, PdfColor.Text);
            // The bar sits level with the label's first line.
            var barTop = top + (label.LineHeight - BarHeight) / 2;
            flow.Page.Ops.Add(new RectOp(trackLeft, barTop, trackWidth, BarHeight, PdfColor.LightShade, PdfColor.Rule, 0.5f));
            var filled = trackWidth * Math.Clamp(bar.Fraction, 0, 1);
            if (filled > 0) flow.Page.Ops.Add(new RectOp(trackLeft, barTop, filled, BarHeight, bar.Color, null));
            var value = flow.Measurer.Lay(new TextContent([new TextRun(bar.Value, true)], null, TextAlign.Left, null), flow.FontSize, ValueWidth);
            value.DrawLine(flow.Page, 0, trackLeft + trackWidth + Gutter, top, PdfColor.Text);
            flow.SpaceAfter(RowGap);
        }
        flow.SpaceAfter(10);
    }

    private LaidText Label(PageFlow flow, ChartBar bar) =>
        flow.Measurer.Lay(new TextContent([new TextRun(bar.Label, false)], null, TextAlign.Left, null), flow.FontSize, flow.Width * labelShare);

    private static float RowHeight(PageFlow flow, LaidText label) => Math.Max(label.Height, BarHeight);
}
