namespace JobQuality.Pdf.Tests;

/// <summary>A document with every kind of block, like the plan report will be; written beside the tests as
/// artifacts/sample.pdf (and A4) for a person to look at (pdftoppm -png -r 60 sample.pdf page).</summary>
public class SampleDocumentTests
{
    public static PdfDocumentBuilder Sample(PageSize size)
    {
        var doc = new PdfDocumentBuilder(size)
        {
            Title = "Sample plan – Riverside Workforce Board",
            Author = "JobQuality",
            Header = "Good Jobs Plan · Riverside Workforce Board",
            Footer = "Snapshot “Board review” · approved 2026-03-01",
            HeaderAndFooterOnFirstPage = false,
            Created = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero),
        };
        doc.Space(150);
        doc.Paragraph(p => p.FontSize(28).Bold("Good Jobs Plan").Color(PdfColor.Accent));
        doc.Paragraph(p => p.FontSize(14).Regular("Riverside Workforce Board · Team “Homebase East”"));
        doc.Space(24);
        doc.Paragraph(p => p.Bold("Snapshot: ").Regular("Board review (approved by Ada Director on 1 March 2026) ✓"));
        doc.PageBreak();
        doc.Heading(1, "Contents", inContents: false);
        doc.TableOfContents();
        doc.PageBreak();
        doc.Heading(1, "Value proposition");
        doc.Paragraph(p => p.Regular("We help ").Bold("adults returning to work").Regular(" find jobs that pay a living wage – with benefits, "
            + "predictable schedules and a path to promotion – so that families in the county can plan ahead."));
        doc.Heading(2, "Team");
        doc.Bullet(p => p.Bold("Ada Director").Regular(" — accountable for the plan; chairs the steering group."));
        doc.Bullet(p => p.Bold("Ben Analyst").Regular(" — data worksheets, placements and the baseline."));
        doc.Bullet("Community partners: the county college, two unions and the employers’ council.");
        doc.Paragraph(PdfReading.Filler(160, 3));
        doc.Heading(2, "Action plan");
        doc.Table(t =>
        {
            t.FixedColumn(28).RelativeColumn(4).RelativeColumn(2).FixedColumn(72).FixedColumn(70);
            t.Header("#", "Step", "Responsible", "Due", "Status");
            for (var i = 1; i <= 70; i++)
            {
                var shade = i % 2 == 0 ? PdfColor.LightShade : (PdfColor?)null;
                t.Row(r =>
                {
                    r.Cell(i.ToString(System.Globalization.CultureInfo.InvariantCulture), TextAlign.Right)
                        .Cell(i % 9 == 0 ? PdfReading.Filler(30, i) : $"Step {i}: " + PdfReading.Filler(6, i))
                        .Cell(i % 3 == 0 ? "Ada Director, Ben Analyst" : "Ben Analyst")
                        .Cell($"2026-{1 + i % 12:00}-15")
                        .Cell(p =>
                        {
                            if (i % 5 == 0) p.Bold("Blocked");
                            else p.Regular(i % 2 == 0 ? "Done ✓" : "In progress");
                        });
                    if (shade is { } s) r.Shade(s);
                });
            }
        });
        doc.Heading(2, "Challenges");
        doc.Paragraph(PdfReading.Filler(120, 5));
        doc.LandscapeSection(s =>
        {
            s.Heading(1, "Canvas");
            s.Grid(5, 3, g => g
                .Box(0, 0, "Key partners", ["County college", "Employers’ council", "Two unions"], rowSpan: 2)
                .Box(1, 0, "Key activities", ["Coaching", "Job matching"])
                .Box(1, 1, "Key resources", ["Staff", "Placement data"])
                .Box(2, 0, "Value proposition", ["Jobs that pay a living wage, with benefits and a path up"], rowSpan: 2, shade: PdfColor.LightShade)
                .Box(3, 0, "Relationships", ["Monthly check-ins"])
                .Box(3, 1, "Channels", ["Career centres", "Online"])
                .Box(4, 0, "Beneficiaries", ["Adults returning to work", "Young people 18–24"], rowSpan: 2)
                .Box(0, 2, "Costs", Enumerable.Range(1, 30).Select(i => $"Cost line {i}"), columnSpan: 2)
                .Box(2, 2, "Outcomes", ["Quality job rate", "Retention at 12 months"], columnSpan: 3));
        });
        doc.Heading(1, "Appendix");
        doc.Heading(3, "A very long word");
        doc.Paragraph("Supercalifragilistic" + string.Concat(Enumerable.Repeat("expialidocious", 12)) + " ends here.");
        return doc;
    }

    [Fact]
    public void SampleDocument_RendersEveryPart()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "sample.pdf");
        using (var file = File.Create(path)) Sample(PageSize.Letter).WriteTo(file);
        using (var file = File.Create(Path.Combine(directory, "sample-a4.pdf"))) Sample(PageSize.A4).WriteTo(file);

        var pages = PdfReading.Pages(File.ReadAllBytes(path));
        pages.Count.ShouldBeGreaterThan(4);
        var text = string.Join(' ', pages.Select(p => p.Text));
        foreach (var part in new[] { "Good Jobs Plan", "Contents", "Value proposition", "Action plan", "Challenges", "Canvas", "Appendix", "ends here." })
            text.ShouldContain(part);
        pages.Single(p => p.Has("Canvas") && p.Width > p.Height).Text.ShouldContain("Key partners");
    }
}
