using System.Text;
using static JobQuality.Pdf.Tests.PdfReading;

namespace JobQuality.Pdf.Tests;

public class TextLayoutTests
{
    [Fact]
    public void HeadingsAndParagraphs_AppearInTheOrderTheyWereAdded()
    {
        var pdf = PdfReading.Render(doc =>
        {
            doc.Heading(1, "Alpha heading");
            doc.Paragraph("First paragraph text.");
            doc.Heading(2, "Beta heading");
            doc.Paragraph(p => p.Regular("Second ").Bold("paragraph").Regular(" text."));
            doc.Heading(3, "Gamma heading");
            doc.Bullet("A bullet item.");
        });

        var text = PdfReading.Pages(pdf).Single().Text;
        string[] expected = ["Alpha heading", "First paragraph text.", "Beta heading", "Second paragraph text.", "Gamma heading", "A bullet item."];
        var positions = expected.Select(e => text.IndexOf(e, StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0, $"page text: {text}");
        positions.ShouldBeInOrder();
    }

    [Fact]
    public void LongParagraph_WrapsWithinTheMargins_OnEveryLineAndPage()
    {
        var pdf = PdfReading.Render(doc =>
        {
            for (var i = 0; i < 12; i++) doc.Paragraph(PdfReading.Filler(180, seed: i));
        });

        var pages = PdfReading.Pages(pdf);
        pages.Count.ShouldBeGreaterThan(1);
        foreach (var page in pages)
        {
            var body = page.Words.Where(w => w.BoundingBox.Bottom > Margin && w.BoundingBox.Top < page.Height - Margin).ToList();
            body.ShouldNotBeEmpty();
            body.ShouldAllBe(w => w.BoundingBox.Left >= Margin - 0.5 && w.BoundingBox.Right <= page.Width - Margin + 0.5);
            // Lines are filled: some words reach the last tenth of the line.
            body.Max(w => w.BoundingBox.Right).ShouldBeGreaterThan(page.Width - Margin - 50);
        }
        var words = string.Join(' ', pages.SelectMany(p => p.Words.Select(w => w.Text)));
        words.ShouldContain(PdfReading.Filler(180, seed: 0)[..200]);
    }

    [Fact]
    public void WordWiderThanALine_IsBrokenAcrossLines_AndKeepsEveryLetter()
    {
        var word = string.Concat(Enumerable.Repeat("Abcdefghij", 30));
        var pdf = PdfReading.Render(doc => doc.Paragraph("Before " + word + " after"));

        var page = PdfReading.Pages(pdf).Single();
        var letters = page.Letters.Where(l => l.BoundingBox.Bottom > Margin).ToList();
        letters.ShouldAllBe(l => l.BoundingBox.Right <= page.Width - Margin + 0.5);
        string.Concat(letters.Select(l => l.Value)).Replace(" ", "").ShouldContain("Before" + word + "after");
        letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void MixedRuns_AreSetInBoldAndRegularFaces()
    {
        var pdf = PdfReading.Render(doc => doc.Paragraph(p => p.Regular("plain words ").Bold("strong words").Regular(" plain again")));

        var page = PdfReading.Pages(pdf).Single();
        var words = page.Words.Where(w => w.Text == "words").ToList();
        words.Count.ShouldBe(2);
        words[0].Letters.ShouldAllBe(l => l.FontName!.EndsWith("DejaVuSans", StringComparison.Ordinal), "'plain words'");
        words[1].Letters.ShouldAllBe(l => l.FontName!.EndsWith("DejaVuSans-Bold", StringComparison.Ordinal), "'strong words'");
        page.Words.Single(w => w.Text == "strong").Letters.ShouldAllBe(l => l.FontName!.EndsWith("DejaVuSans-Bold", StringComparison.Ordinal));
        page.Words.Where(w => w.Text is "plain" or "again").SelectMany(w => w.Letters)
            .ShouldAllBe(l => l.FontName!.EndsWith("DejaVuSans", StringComparison.Ordinal));
    }

    [Fact]
    public void NonAsciiText_RoundTrips()
    {
        const string text = "Café naïve résumé – “quoted” ✓ done — 15 €";
        var pdf = PdfReading.Render(doc =>
        {
            doc.Heading(1, "Résumé ✓");
            doc.Paragraph(text);
            doc.Table(t => t.Header("Señal", "État").Row("✓", "“ok” – fine"));
        });

        var page = PdfReading.Pages(pdf).Single();
        page.Text.ShouldContain(text);
        page.Text.ShouldContain("Résumé ✓");
        page.Text.ShouldContain("Señal");
        page.Text.ShouldContain("“ok” – fine");
    }

    [Theory]
    [InlineData(610, 2)] // the heading alone would fit at the bottom of page 1, its paragraph would not
    [InlineData(590, 1)] // both fit
    public void Heading_IsNeverLeftAloneAtTheBottomOfAPage(float space, int expectedPage)
    {
        var pdf = PdfReading.Render(doc =>
        {
            doc.Paragraph("Top");
            doc.Space(space);
            doc.Heading(1, "Orphan candidate");
            doc.Paragraph("The paragraph that belongs to the heading.");
        });

        var pages = PdfReading.Pages(pdf);
        var headingPage = pages.Single(p => p.Has("candidate"));
        headingPage.Has("belongs").ShouldBeTrue();
        headingPage.Number.ShouldBe(expectedPage);
    }

    [Fact]
    public void ExplicitNewLines_StartNewLines()
    {
        var pdf = PdfReading.Render(doc => doc.Paragraph("first\nsecond"));
        var page = PdfReading.Pages(pdf).Single();
        var first = page.Words.Single(w => w.Text == "first").BoundingBox.Bottom;
        var second = page.Words.Single(w => w.Text == "second").BoundingBox.Bottom;
        second.ShouldBeLessThan(first);
    }

    [Fact]
    public void WrittenTwice_GivesTheSameBytes()
    {
        var created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var doc = new PdfDocumentBuilder { Created = created };
        doc.Heading(1, "Stable");
        doc.Paragraph(new StringBuilder().Append('x', 10).ToString());
        doc.ToBytes().ShouldBe(doc.ToBytes());
    }
}
