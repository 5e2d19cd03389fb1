using BenchmarkDotNet.Attributes;
using JobQuality.Pdf;

namespace JobQuality.Benchmarks;

/// <summary>
/// The PDF layout layer on a document shaped like the plan report (cover, contents, sections of headings,
/// paragraphs and bullets, a long table, a landscape grid): building, laying out and writing about 30 pages.
/// The page count is printed by the setup. Goal: ≤ 300 ms warm.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        var pages = Build().WriteTo(stream);
        Console.WriteLine($"// PDF: {pages} pages, {stream.Length / 1024:N0} KB");
    }

    [Benchmark(Description = "Lay out and write a 30-page report")]
    public long Render()
    {
        using var stream = new MemoryStream();
        Build().WriteTo(stream);
        return stream.Length;
    }

    private static PdfDocumentBuilder Build()
    {
        var doc = new PdfDocumentBuilder
        {
            Title = "Benchmark plan",
            Author = "JobQuality",
            Header = "Good Jobs Plan · Benchmark Workforce Board",
            Footer = "Snapshot “Benchmark”",
            HeaderAndFooterOnFirstPage = false,
            Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        doc.Space(160);
        doc.Paragraph(p => p.FontSize(28).Bold("Good Jobs Plan"));
        doc.PageBreak();
        doc.Heading(1, "Contents", inContents: false);
        doc.TableOfContents();
        doc.PageBreak();
        var random = new Random(11);
        for (var section = 1; section <= 6; section++)
        {
            doc.Heading(1, $"Section {section}");
            for (var sub = 1; sub <= 3; sub++)
            {
                doc.Heading(2, $"Part {section}.{sub}");
                for (var i = 0; i < 3; i++)
                    doc.Paragraph(p => p.Bold("Finding: ").Regular(Words(random, 120)));
                doc.Bullet(Words(random, 20));
                doc.Bullet(p => p.Bold("Note ").Regular(Words(random, 25)));
            }
        }
        doc.Heading(1, "Action plan");
        doc.Table(t =>
        {
            t.FixedColumn(30).RelativeColumn(4).RelativeColumn(2).FixedColumn(72).FixedColumn(70);
            t.Header("#", "Step", "Responsible", "Due", "Status");
            for (var i = 1; i <= 200; i++)
                t.Row($"{i}", Words(random, 6 + i % 14), "Ada Director, Ben Analyst", "2026-06-15", i % 3 == 0 ? "Done ✓" : "In progress");
        });
        doc.LandscapeSection(s =>
        {
            s.Heading(1, "Canvas");
            s.Grid(5, 3, g =>
            {
                for (var c = 0; c < 5; c++)
                {
                    for (var r = 0; r < 3; r++) g.Box(c, r, $"Box {c}.{r}", [Words(random, 8), Words(random, 12)]);
                }
            });
        });
        return doc;
    }

    private static string Words(Random random, int count)
    {
        string[] vocabulary = ["quality", "jobs", "workforce", "board", "placement", "wage", "benefits", "schedule",
            "career", "training", "employer", "partners", "equity", "outcomes", "measure", "the", "and", "of", "with"];
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }
}
