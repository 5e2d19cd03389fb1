using System.Globalization;
using SkiaSharp;

namespace JobQuality.Pdf.Layout;

/// <summary>The second pass: draws the laid-out pages with SkiaSharp's PDF backend, adding the header, the footer and
/// "Page X of Y" now that the count of pages is known.</summary>
internal static class PdfRenderer
{
    private const float ChromeSize = 8.5f;

    public static void Render(PdfDocumentBuilder document, DocumentLayout layout, TextMeasurer measurer, PdfFonts fonts, Stream output)
    {
        var created = (document.Created ?? DateTimeOffset.Now).UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title ?? "",
            Author = document.Author ?? "",
            Subject = document.Subject ?? "",
            Creator = "JobQuality",
            Producer = "JobQuality.Pdf (SkiaSharp)",
            Creation = created,
            Modified = created,
            RasterDpi = SKDocument.DefaultRasterDpi,
            EncodingQuality = 101,
        };
        using var pdf = SKDocument.CreatePdf(output, metadata);
        using var painter = new Painter(fonts);
        var count = layout.Pages.Count;
        for (var index = 0; index < count; index++)
        {
            var page = layout.Pages[index];
            var canvas = pdf.BeginPage(page.Size.Width, page.Size.Height);
            foreach (var op in page.Ops) painter.Draw(canvas, op, layout);
            if (index > 0 || document.HeaderAndFooterOnFirstPage)
                DrawChrome(canvas, painter, measurer, document, page.Size, index + 1, count);
            pdf.EndPage();
        }
        pdf.Close();
    }

    private static void DrawChrome(SKCanvas canvas, Painter painter, TextMeasurer measurer, PdfDocumentBuilder document,
        PageSize size, int number, int count)
    {
        var m = document.Margins;
        var right = size.Width - m.Right;
        var width = right - m.Left;
        if (!string.IsNullOrEmpty(document.Header))
        {
            var header = Shorten(measurer, document.Header, width);
            painter.Draw(canvas, new TextOp(header, false, ChromeSize, m.Left, m.Top - 20, PdfColor.Muted), null);
            painter.Draw(canvas, new LineOp(m.Left, m.Top - 14, right, m.Top - 14, PdfColor.Rule, 0.5f), null);
        }
        var pageText = string.Format(CultureInfo.InvariantCulture, document.PageNumberFormat, number, count);
        var pageWidth = measurer.Width(pageText, false, ChromeSize);
        var baseline = size.Height - m.Bottom + 28;
        painter.Draw(canvas, new TextOp(pageText, false, ChromeSize, right - pageWidth, baseline, PdfColor.Muted), null);
        if (!string.IsNullOrEmpty(document.Footer))
        {
            var footer = Shorten(measurer, document.Footer, width - pageWidth - 24);
            painter.Draw(canvas, new TextOp(footer, false, ChromeSize, m.Left, baseline, PdfColor.Muted), null);
        }
    }

    /// <summary>Cuts text that is wider than <paramref name="width"/> and ends it with "…".</summary>
    private static string Shorten(TextMeasurer measurer, string text, float width)
    {
        text = text.ReplaceLineEndings(" ");
        if (measurer.Width(text, false, ChromeSize) <= width) return text;
        var fit = measurer.Fit(text, false, ChromeSize, width - measurer.Width("…", false, ChromeSize));
        return text[..fit].TrimEnd() + "…";
    }

    private sealed class Painter(PdfFonts fonts) : IDisposable
    {
        private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];
        private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
        private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

        public void Draw(SKCanvas canvas, DrawOp op, DocumentLayout? layout)
        {
            switch (op)
            {
                case TextOp t:
                    _fill.Color = ToSk(t.Color);
                    canvas.DrawText(t.Text, t.X, t.Y, SKTextAlign.Left, Font(t.Bold, t.Size), _fill);
                    break;
                case RectOp r:
                    var rect = SKRect.Create(r.X, r.Y, r.Width, r.Height);
                    if (r.Fill is { } fill)
                    {
                        _fill.Color = ToSk(fill);
                        canvas.DrawRect(rect, _fill);
                    }
                    if (r.Stroke is { } stroke)
                    {
                        _stroke.Color = ToSk(stroke);
                        _stroke.StrokeWidth = r.StrokeWidth;
                        canvas.DrawRect(rect, _stroke);
                    }
                    break;
                case LineOp l:
                    _stroke.Color = ToSk(l.Color);
                    _stroke.StrokeWidth = l.Width;
                    canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, _stroke);
                    break;
                case DestinationOp d:
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(d.X, d.Y), d.Name);
                    break;
                case LinkOp k:
                    canvas.DrawLinkDestinationAnnotation(SKRect.Create(k.X, k.Y, k.Width, k.Height), k.Name);
                    break;
                case PageNumberOp p when layout is not null:
                    var number = layout.HeadingPages.TryGetValue(p.Heading, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "";
                    _fill.Color = ToSk(p.Color);
                    canvas.DrawText(number, p.Right, p.Y, SKTextAlign.Right, Font(p.Bold, p.Size), _fill);
                    break;
            }
        }

        private SKFont Font(bool bold, float size)
        {
            if (!_fonts.TryGetValue((bold, size), out var font))
            {
                font = TextMeasurer.CreateFont(bold ? fonts.Bold : fonts.Regular, size);
                _fonts[(bold, size)] = font;
            }
            return font;
        }

        private static SKColor ToSk(PdfColor c) => new(c.R, c.G, c.B);

        public void Dispose()
        {
            foreach (var font in _fonts.Values) font.Dispose();
            _fill.Dispose();
            _stroke.Dispose();
        }
    }
}
