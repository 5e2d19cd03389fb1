using static JobQuality.Pdf.Tests.PdfReading;

namespace JobQuality.Pdf.Tests;

public class TableTests
{
    [Fact]
    public void LongTable_RepeatsItsHeaderOnEveryPage_AndSplitsNoRow()
    {
        var pdf = PdfReading.Render(doc =>
        {
            doc.Heading(1, "Steps");
            doc.Table(t =>
            {
                t.FixedColumn(60).RelativeColumn(3).RelativeColumn(1);
                t.Header("Number", "Description", "Owner");
                for (var i = 1; i <= 300; i++)
                {
                    // Every seventh row wraps onto several lines.
                    var description = i % 7 == 0 ? $"D{i:000} " + PdfReading.Filler(40, i) + $" E{i:000}" : $"D{i:000} short";
                    t.Row($"R{i:000}", description, $"O{i:000}");
                }
            });
        });

        var pages = PdfReading.Pages(pdf);
        pages.Count.ShouldBeGreaterThan(5);
        foreach (var page in pages)
        {
            page.Has("Number").ShouldBeTrue($"page {page.Number} lacks the header");
            page.Has("Description").ShouldBeTrue();
            // The header sits above every row of the page.
            var headerY = page.Words.Single(w => w.Text == "Description").BoundingBox.Bottom;
            page.Words.Where(w => w.Text.StartsWith('R') && w.Text.Length == 4).ShouldAllBe(w => w.BoundingBox.Top < headerY);
            page.Letters.Where(l => l.Value != " ").ShouldAllBe(l => l.BoundingBox.Bottom >= Margin - 30);
        }
        for (var i = 1; i <= 300; i++)
        {
            var onPages = pages.Where(p => p.Has($"R{i:000}")).ToList();
            onPages.Count.ShouldBe(1, $"row {i}");
            var page = onPages[0];
            page.Has($"D{i:000}").ShouldBeTrue($"row {i}'s description is not on page {page.Number}");
            page.Has($"O{i:000}").ShouldBeTrue($"row {i}'s owner is not on page {page.Number}");
            // The last line of a wrapped description is on the row's page too.
            if (i % 7 == 0) page.Has($"E{i:000}").ShouldBeTrue($"row {i}'s description is split");
        }
    }

    [Fact]
    public void RowTallerThanAPage_IsSplitBetweenLines_AndEverythingIsDrawn()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 150).Select(i => $"L{i:000}"));
        var pdf = PdfReading.Render(doc => doc.Table(t =>
        {
            t.Header("Name", "Text");
            t.Row("before", "x");
            t.Row("tall", tall);
            t.Row("after", "y");
        }));

        var pages = PdfReading.Pages(pdf);
        pages.Count.ShouldBeGreaterThan(2);
        for (var i = 1; i <= 150; i++) pages.Count(p => p.Has($"L{i:000}")).ShouldBe(1, $"line {i}");
        pages.ShouldAllBe(p => p.Has("Name"));
        pages.Last().Has("after").ShouldBeTrue();
    }

    [Fact]
    public void ColumnWidths_FixedAndRelative_PlaceTheCells()
    {
        var pdf = PdfReading.Render(doc => doc.Table(t =>
        {
            t.FixedColumn(100).RelativeColumn(1).RelativeColumn(3);
            t.Row("first", "second", "third");
        }));

        var page = PdfReading.Pages(pdf).Single();
        // 612 − 2×54 = 504 wide: 100 fixed, then 101 and 303; text inset by 5.
        page.Words.Single(w => w.Text == "first").BoundingBox.Left.ShouldBe(Margin + 5, 1);
        page.Words.Single(w => w.Text == "second").BoundingBox.Left.ShouldBe(Margin + 100 + 5, 1);
        page.Words.Single(w => w.Text == "third").BoundingBox.Left.ShouldBe(Margin + 100 + 101 + 5, 1);
    }

    [Fact]
    public void RightAlignedCell_EndsAtTheCellsRightEdge()
    {
        var pdf = PdfReading.Render(doc => doc.Table(t =>
        {
            t.RelativeColumn(1).FixedColumn(80);
            t.Row(r => r.Cell("name").Cell("1,234", TextAlign.Right, PdfColor.LightShade));
        }));

        var page = PdfReading.Pages(pdf).Single();
        page.Words.Single(w => w.Text == "1,234").BoundingBox.Right.ShouldBe(612 - Margin - 5, 1.5);
    }

    [Fact]
    public void RowWithTheWrongNumberOfCells_IsRejectedWithItsNumber()
    {
        var doc = new PdfDocumentBuilder();
        var error = Should.Throw<InvalidOperationException>(() => doc.Table(t => t.Header("a", "b").Row("1", "2").Row("3")));
        error.Message.ShouldContain("Row 2");
    }

    [Fact]
    public void FixedColumnsWiderThanThePage_AreRejected()
    {
        var doc = new PdfDocumentBuilder();
        doc.Table(t => t.FixedColumn(400).FixedColumn(400).RelativeColumn().Row("a", "b", "c"));
        Should.Throw<InvalidOperationException>(() => doc.ToBytes()).Message.ShouldContain("fixed columns");
    }
}
