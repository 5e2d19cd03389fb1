using SkiaSharp;

namespace JobQuality.Pdf.Layout;

internal readonly record struct TextRun(string Text, bool Bold);

internal sealed record TextContent(IReadOnlyList<TextRun> Runs, float? Size, TextAlign Align, PdfColor? Color);

/// <summary>A piece of one line in one face; <see cref="X"/> from the line's left edge.</summary>
internal readonly record struct Segment(string Text, bool Bold, float X);

internal sealed record TextLine(IReadOnlyList<Segment> Segments, float Width);

/// <summary>Text broken into lines for one width and size.</summary>
internal sealed record LaidText(IReadOnlyList<TextLine> Lines, float Size, float LineHeight, float Baseline, float Width, TextAlign Align)
{
    public float Height => Lines.Count * LineHeight;

    /// <summary>Draws line <paramref name="index"/> with its top at <paramref name="top"/>.</summary>
    public void DrawLine(LayoutPage page, int index, float left, float top, PdfColor color)
    {
        var line = Lines[index];
        var x = left + Align switch
        {
            TextAlign.Right => Width - line.Width,
            TextAlign.Center => (Width - line.Width) / 2,
            _ => 0,
        };
        foreach (var segment in line.Segments)
            page.Ops.Add(new TextOp(segment.Text, segment.Bold, Size, x + segment.X, top + Baseline, color));
    }
}

/// <summary>
/// Widths of text in the document's two faces. Widths are measured once a word at a reference size and scaled
/// (linear metrics, no hinting), so layout and drawing agree at every size.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private const float Reference = 1000f;
    private const float LineSpacing = 1.3f;
    private readonly SKFont _regular;
    private readonly SKFont _bold;
    private readonly Dictionary<string, float> _regularWidths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, float> _boldWidths = new(StringComparer.Ordinal);
    private readonly float _ascent;
    private readonly float _descent;

    public TextMeasurer(PdfFonts fonts)
    {
        _regular = CreateFont(fonts.Regular, Reference);
        _bold = CreateFont(fonts.Bold, Reference);
        var metrics = _regular.Metrics;
        _ascent = -metrics.Ascent / Reference;
        _descent = metrics.Descent / Reference;
    }

    public static SKFont CreateFont(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, LinearMetrics = true };

    public float LineHeight(float size) => size * LineSpacing;

    /// <summary>From a line's top to its baseline: the face's ascent, centred in the line's leading.</summary>
    public float Baseline(float size) => (LineHeight(size) - (_ascent + _descent) * size) / 2 + _ascent * size;

    public float Width(string text, bool bold, float size)
    {
        var cache = bold ? _boldWidths : _regularWidths;
        if (!cache.TryGetValue(text, out var width))
        {
            width = (bold ? _bold : _regular).MeasureText(text);
            if (text.Length <= 64) cache[text] = width;
        }
        return width * size / Reference;
    }

    /// <summary>How many chars of <paramref name="text"/> fit in <paramref name="maxWidth"/>, never splitting a surrogate pair.</summary>
    public int Fit(string text, bool bold, float size, float maxWidth)
    {
        var count = (bold ? _bold : _regular).BreakText(text, maxWidth * Reference / size);
        if (count > 0 && count < text.Length && char.IsHighSurrogate(text[count - 1])) count--;
        return count;
    }

    /// <summary>Breaks runs into lines no wider than <paramref name="maxWidth"/>: at spaces, at "\n", and inside a word
    /// that is wider than a whole line.</summary>
    public LaidText Lay(TextContent content, float defaultSize, float maxWidth)
    {
        var size = content.Size ?? defaultSize;
        var breaker = new LineBreaker(this, size, Math.Max(maxWidth, size));
        foreach (var run in content.Runs) breaker.Add(run);
        return new LaidText(breaker.Finish(), size, LineHeight(size), Baseline(size), maxWidth, content.Align);
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }
}

/// <summary>Greedy line breaking of mixed runs. A word may be made of pieces of several runs ("Goal" + ":").</summary>
internal sealed class LineBreaker(TextMeasurer measurer, float size, float maxWidth)
{
    private readonly List<TextLine> _lines = [];
    private readonly List<Segment> _segments = [];
    private readonly List<TextRun> _word = [];
    private float _lineWidth;
    private bool _spacePending;
    private bool _spaceBold;

    public void Add(TextRun run)
    {
        var text = run.Text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                FlushWord();
                CommitLine(force: true);
                i++;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                FlushWord();
                if (_lineWidth > 0 || _segments.Count > 0)
                {
                    _spacePending = true;
                    _spaceBold = run.Bold;
                }
                i++;
            }
            else
            {
                var end = text.AsSpan(i).IndexOfAny(" \t\r\n");
                end = end < 0 ? text.Length : i + end;
                _word.Add(run with { Text = text[i..end] });
                i = end;
            }
        }
    }

    public IReadOnlyList<TextLine> Finish()
    {
        FlushWord();
        CommitLine(force: false);
        return _lines;
    }

    private void FlushWord()
    {
        if (_word.Count == 0) return;
        var wordWidth = 0f;
        foreach (var piece in _word) wordWidth += measurer.Width(piece.Text, piece.Bold, size);
        var spaceWidth = _spacePending ? measurer.Width(" ", _spaceBold, size) : 0;
        if (_segments.Count > 0 && _lineWidth + spaceWidth + wordWidth > maxWidth)
        {
            CommitLine(force: false);
            spaceWidth = 0;
        }
        if (spaceWidth > 0) Append(" ", _spaceBold, spaceWidth);
        if (_lineWidth + wordWidth <= maxWidth)
        {
            foreach (var piece in _word) Append(piece.Text, piece.Bold, measurer.Width(piece.Text, piece.Bold, size));
        }
        else
        {
            foreach (var piece in _word) AppendBroken(piece);
        }
        _word.Clear();
        _spacePending = false;
    }

    /// <summary>A word wider than a line: as many chars as fit on each line (at least one, so it always ends).</summary>
    private void AppendBroken(TextRun piece)
    {
        var rest = piece.Text;
        while (rest.Length > 0)
        {
            var fit = measurer.Fit(rest, piece.Bold, size, maxWidth - _lineWidth);
            if (fit == 0 && _segments.Count > 0)
            {
                CommitLine(force: false);
                continue;
            }
            if (fit == 0) fit = char.IsHighSurrogate(rest[0]) && rest.Length > 1 ? 2 : 1;
            var part = rest[..fit];
            Append(part, piece.Bold, measurer.Width(part, piece.Bold, size));
            rest = rest[fit..];
            if (rest.Length > 0) CommitLine(force: false);
        }
    }

    private void Append(string text, bool bold, float width)
    {
        if (_segments.Count > 0 && _segments[^1].Bold == bold)
            _segments[^1] = _segments[^1] with { Text = _segments[^1].Text + text };
        else
            _segments.Add(new Segment(text, bold, _lineWidth));
        _lineWidth += width;
    }

    private void CommitLine(bool force)
    {
        if (_segments.Count > 0 || force) _lines.Add(new TextLine(_segments.ToList(), _lineWidth));
        _segments.Clear();
        _lineWidth = 0;
        _spacePending = false;
    }
}
