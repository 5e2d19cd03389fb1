using UglyToad.PdfPig;

namespace JobQuality.Pdf.Tests;

public class BarChartTests
{
    [Fact]
    public void Bars_AreAsLongAsTheirShare_WithTheValueWrittenBeside()
    {
        var pdf = PdfReading.Render(doc => doc.BarChart(c => c
            .Bar("Living wage", 0.8f, "80%")
            .Bar("Benefits", 0.2f, "20%")
            .Bar("Voice", 0f, "0%")));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        foreach (var (label, value) in new[] { ("wage", "80%"), ("Benefits", "20%"), ("Voice", "0%") })
        {
            var labelWord = words.Single(w => w.Text == label);
            var valueWord = words.Single(w => w.Text == value);
            valueWord.BoundingBox.Left.ShouldBeGreaterThan(labelWord.BoundingBox.Right + 100, $"{value} is written to the right of its bar");
            Math.Abs(valueWord.BoundingBox.Bottom - labelWord.BoundingBox.Bottom).ShouldBeLessThan(1, $"{value} is on its label's line");
        }

        // Filled bars (the accent colour) in proportion: the 80% bar is four times the 20% bar; 0% draws none.
        var accent = (PdfColor.Accent.R / 255.0, PdfColor.Accent.G / 255.0, PdfColor.Accent.B / 255.0);
        var bars = page.Paths.Where(p => p.IsFilled && p.FillColor is { } fill && Near(fill.ToRGBValues(), accent))
            .Select(p => p.GetBoundingRectangle()!.Value).ToList();
        var widths = bars.Select(r => r.Width).OrderByDescending(w => w).ToList();
        widths.Count.ShouldBe(2);
        (widths[0] / widths[1]).ShouldBe(4, 0.05);
    }

    private static bool Near((double R, double G, double B) a, (double R, double G, double B) b) =>
        Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B) < 0.02;

    [Fact]
    public void LongChart_ContinuesOnTheNextPage_BetweenRows()
    {
        var pdf = PdfReading.Render(doc =>
        {
            doc.Paragraph(PdfReading.Filler(700));
            doc.BarChart(c =>
            {
                for (var i = 1; i <= 40; i++) c.Bar($"Group {i} with a label long enough to wrap onto a second line of its column", i / 40f, $"{i * 2.5:0.0}%");
            });
        });

        var pages = PdfReading.Pages(pdf);
        pages.Count.ShouldBeGreaterThan(1);
        // Every row's two label lines and its value are on one page.
        for (var i = 1; i <= 40; i++)
        {
            var value = $"{i * 2.5:0.0}%";
            var page = pages.Single(p => p.Has(value));
            var groupWord = page.Words.Where(w => w.Text == $"{i}").ToList();
            groupWord.ShouldNotBeEmpty($"the label of row {i} is on the page of its value");
        }
    }

    [Fact]
    public void Bar_WithoutAValue_IsRefusedWithItsLabel()
    {
        var doc = new PdfDocumentBuilder();
        var error = Should.Throw<ArgumentOutOfRangeException>(() => doc.BarChart(c => c.Bar("Safety", float.NaN, "?")));
        error.Message.ShouldContain("Safety");
    }
}
