using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace JobQuality.Pdf.Tests;

/// <summary>Reads a PDF back as a reader would see it: the words of each page with their positions and fonts.</summary>
internal static class PdfReading
{
    /// <summary>The default margin on every side, in points.</summary>
    public const double Margin = 54;

    public static byte[] Render(Action<PdfDocumentBuilder> build, PageSize? size = null)
    {
        var doc = new PdfDocumentBuilder(size ?? PageSize.Letter) { Title = "Test document", Footer = "JobQuality tests" };
        build(doc);
        return doc.ToBytes();
    }

    public static List<PageText> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => new PageText(p.Number, p.Width, p.Height, p.GetWords().ToList(), p.Letters.ToList())).ToList();
    }

    /// <summary>Lorem-like filler of <paramref name="words"/> words, deterministic.</summary>
    public static string Filler(int words, int seed = 1)
    {
        string[] vocabulary = ["quality", "jobs", "workforce", "board", "placement", "wage", "benefits", "schedule",
            "career", "training", "employer", "partners", "equity", "outcomes", "measure", "the", "and", "of", "with", "for"];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }
}

internal sealed record PageText(int Number, double Width, double Height, List<Word> Words, List<Letter> Letters)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    public bool Has(string word) => Words.Any(w => w.Text == word);
}
