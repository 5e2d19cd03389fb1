using UglyToad.PdfPig;

namespace JobQuality.Pdf.Tests;

public class DocumentTests
{
    [Fact]
    public void EveryPage_SaysPageXOfY()
    {
        var pdf = PdfReading.Render(doc =>
        {
            for (var i = 0; i < 6; i++)
            {
                doc.Heading(1, $"Chapter {i}");
                doc.Paragraph(PdfReading.Filler(300, i));
                doc.PageBreak();
            }
        });

        var pages = PdfReading.Pages(pdf);
        pages.Count.ShouldBe(6, "the page break after the last chapter adds no empty page");
        foreach (var page in pages)
        {
            page.Text.ShouldContain($"Page {page.Number} of 6");
            page.Text.ShouldContain("JobQuality tests");
        }
    }

    [Fact]
    public void Cover_WithoutHeaderAndFooter_StillCountsAsPageOne()
    {
        var doc = new PdfDocumentBuilder { Header = "Running header", HeaderAndFooterOnFirstPage = false };
        doc.Paragraph(p => p.FontSize(28).Bold("Cover"));
        doc.PageBreak();
        doc.Paragraph("Body");

        var pages = PdfReading.Pages(doc.ToBytes());
        pages[0].Text.ShouldNotContain("Page");
        pages[0].Text.ShouldNotContain("Running");
        pages[1].Text.ShouldContain("Page 2 of 2");
        pages[1].Text.ShouldContain("Running header");
    }

    [Fact]
    public void Contents_GivesThePageOfEachHeading()
    {
        var pdf = PdfReading.Render(doc =>
        {
            doc.Heading(1, "Contents", inContents: false);
            doc.TableOfContents();
            doc.PageBreak();
            doc.Heading(1, "Introduction");
            doc.Paragraph(PdfReading.Filler(900));
            doc.Heading(2, "Details");
            doc.Paragraph(PdfReading.Filler(900, 2));
            doc.LandscapeSection(s => s.Heading(1, "Canvas"));
        });

        var pages = PdfReading.Pages(pdf);
        var contents = pages[0];
        foreach (var heading in new[] { "Introduction", "Details", "Canvas" })
        {
            var actual = pages.Skip(1).First(p => p.Has(heading)).Number;
            var entry = contents.Words.Single(w => w.Text == heading);
            var number = contents.Words.Where(w => Math.Abs(w.BoundingBox.Bottom - entry.BoundingBox.Bottom) < 1 && w != entry).ToList();
            number.Select(w => w.Text).ShouldBe([actual.ToString(System.Globalization.CultureInfo.InvariantCulture)], heading);
        }
        contents.Has("Contents").ShouldBeTrue();
        contents.Words.Count(w => w.Text == "Contents").ShouldBe(1, "the contents' own heading is not listed");
    }

    [Fact]
    public void LandscapeSection_HasLandscapePages_AndPortraitResumesAfter()
    {
        var pdf = PdfReading.Render(doc =>
        {
            doc.Paragraph("Portrait before");
            doc.LandscapeSection(s =>
            {
                s.Heading(1, "Canvas");
                s.Grid(3, 2, g => g
                    .Box(0, 0, "Partners", ["Community college", "Employers"], rowSpan: 2)
                    .Box(1, 0, "Activities", ["Coaching"], columnSpan: 2)
                    .Box(1, 1, "Resources", Enumerable.Range(1, 80).Select(i => $"Item {i}"))
                    .Box(2, 1, "Value", ["Good jobs"], shade: PdfColor.LightShade));
            });
            doc.Paragraph("Portrait after");
        });

        var pages = PdfReading.Pages(pdf);
        pages.Count.ShouldBe(3);
        (pages[0].Width, pages[0].Height).ShouldBe((612d, 792d));
        (pages[1].Width, pages[1].Height).ShouldBe((792d, 612d));
        (pages[2].Width, pages[2].Height).ShouldBe((612d, 792d));
        pages[1].Text.ShouldContain("Community college");
        pages[1].Text.ShouldContain("…", customMessage: "an overfull box ends with an ellipsis");
        pages[1].Has("Item 80").ShouldBeFalse();
        pages[1].Letters.ShouldAllBe(l => l.BoundingBox.Bottom >= 20 && l.BoundingBox.Right <= 792 - 54 + 0.5);
        pages[2].Text.ShouldContain("Portrait after");
        pages[2].Text.ShouldContain("Page 3 of 3");
    }

    [Fact]
    public void A4_GivesA4Pages()
    {
        var pdf = PdfReading.Render(doc => doc.Paragraph(PdfReading.Filler(200)), PageSize.A4);
        var page = PdfReading.Pages(pdf).Single();
        (page.Width, page.Height).ShouldBe((595d, 842d));
        page.Words.Where(w => w.BoundingBox.Bottom > 54).ShouldAllBe(w => w.BoundingBox.Right <= 595 - 54 + 0.5);
    }

    [Fact]
    public void Metadata_IsWritten()
    {
        var doc = new PdfDocumentBuilder
        {
            Title = "Plan – 2026",
            Author = "Ada Director",
            Created = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero),
        };
        doc.Paragraph("x");

        using var pdf = PdfDocument.Open(doc.ToBytes());
        pdf.Information.Title.ShouldBe("Plan – 2026");
        pdf.Information.Author.ShouldBe("Ada Director");
        pdf.Information.GetCreatedDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));
    }

    [Fact]
    public void MissingFont_ThrowsAnErrorNamingIt()
    {
        var error = Should.Throw<PdfFontException>(() => PdfFonts.FromFiles("/nowhere/NoSuchFont.ttf", "/nowhere/NoSuchFont-Bold.ttf"));
        error.Message.ShouldContain("/nowhere/NoSuchFont.ttf");
        error.Message.ShouldContain("does not exist");
        error.Font.ShouldBe("/nowhere/NoSuchFont.ttf");
    }

    [Fact]
    public void FileThatIsNotAFont_ThrowsAnErrorNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-font-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(path, "this is not a font");
        try
        {
            var error = Should.Throw<PdfFontException>(() => PdfFonts.FromFiles(path, path));
            error.Message.ShouldContain(path);
            error.Message.ShouldContain("cannot read it as a font");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingEmbeddedResource_ThrowsAnErrorNamingIt()
    {
        var error = Should.Throw<PdfFontException>(() =>
            PdfFonts.FromResources(typeof(PdfFonts).Assembly, "JobQuality.Pdf.Fonts.Nope.ttf", "JobQuality.Pdf.Fonts.DejaVuSans-Bold.ttf"));
        error.Message.ShouldContain("JobQuality.Pdf.Fonts.Nope.ttf");
    }

    [Fact]
    public void DefaultFonts_AreEmbeddedInThePdf()
    {
        var pdf = PdfReading.Render(doc => doc.Paragraph(p => p.Regular("regular ").Bold("bold")));
        var fonts = PdfReading.Pages(pdf).Single().Letters.Select(l => l.FontName).Distinct().ToList();
        fonts.ShouldContain(f => f != null && f.EndsWith("DejaVuSans", StringComparison.Ordinal));
        fonts.ShouldContain(f => f != null && f.EndsWith("DejaVuSans-Bold", StringComparison.Ordinal));
    }
}
