using JobQuality.Pdf.Layout;

namespace JobQuality.Pdf;

/// <summary>A column's width: a share of what the fixed columns leave, or a fixed number of points.</summary>
public readonly record struct ColumnWidth
{
    private ColumnWidth(float value, bool isFixed)
    {
        Value = value;
        IsFixed = isFixed;
    }

    public float Value { get; }
    public bool IsFixed { get; }

    public static ColumnWidth Relative(float weight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(weight, false);
    }

    public static ColumnWidth Fixed(float points)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        return new(points, true);
    }
}

/// <summary>Columns, a header row and rows of a table. Without columns, every column gets an equal share.</summary>
public sealed class TableBuilder
{
    private readonly List<ColumnWidth> _columns = [];
    private readonly List<TableRow> _rows = [];
    private TableRow? _header;
    private float _fontSize = 9.5f;

    internal TableBuilder() { }

    public TableBuilder Columns(params ColumnWidth[] widths)
    {
        _columns.AddRange(widths);
        return this;
    }

    public TableBuilder RelativeColumn(float weight = 1) => Columns(ColumnWidth.Relative(weight));

    public TableBuilder FixedColumn(float points) => Columns(ColumnWidth.Fixed(points));

    /// <summary>The size of the table's text in points (9.5 unless set).</summary>
    public TableBuilder FontSize(float points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 4f);
        _fontSize = points;
        return this;
    }

    /// <summary>The header row, in bold on a shaded background, repeated at the top of every page.</summary>
    public TableBuilder Header(params string[] cells)
    {
        _header = new TableRow(cells.Select(c => new TableCell(ParagraphBuilder.Plain(c), null)).ToList(), null);
        return this;
    }

    public TableBuilder Row(params string[] cells) => Row(r =>
    {
        foreach (var cell in cells) r.Cell(cell);
    });

    public TableBuilder Row(Action<RowBuilder> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var row = new RowBuilder();
        build(row);
        _rows.Add(new TableRow(row.Cells, row.RowShade));
        return this;
    }

    internal TableBlock ToBlock()
    {
        var count = _columns.Count > 0 ? _columns.Count : (_header ?? _rows.FirstOrDefault())?.Cells.Count ?? 0;
        if (count == 0) throw new InvalidOperationException("A table needs at least one column.");
        var columns = _columns.Count > 0 ? _columns.ToArray() : Enumerable.Repeat(ColumnWidth.Relative(), count).ToArray();
        if (_header is not null && _header.Cells.Count != count)
            throw new InvalidOperationException($"The table's header has {_header.Cells.Count} cells for {count} columns.");
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_rows[i].Cells.Count != count)
                throw new InvalidOperationException($"Row {i + 1} of the table has {_rows[i].Cells.Count} cells for {count} columns.");
        }
        return new TableBlock(columns, _header, _rows, _fontSize);
    }
}

/// <summary>The cells of one row, left to right.</summary>
public sealed class RowBuilder
{
    internal RowBuilder() { }

    internal List<TableCell> Cells { get; } = [];
    internal PdfColor? RowShade { get; private set; }

    public RowBuilder Cell(string text, TextAlign align = TextAlign.Left, PdfColor? shade = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Cells.Add(new TableCell(ParagraphBuilder.Plain(text, align), shade));
        return this;
    }

    public RowBuilder Cell(Action<ParagraphBuilder> build, PdfColor? shade = null)
    {
        Cells.Add(new TableCell(ParagraphBuilder.Build(build), shade));
        return this;
    }

    /// <summary>A background for the cells of this row that have none of their own.</summary>
    public RowBuilder Shade(PdfColor color)
    {
        RowShade = color;
        return this;
    }
}

/// <summary>The boxes of a grid, each at a column and row (from 0) and spanning cells.</summary>
public sealed class GridBuilder
{
    private readonly int _columns;
    private readonly int _rows;

    internal GridBuilder(int columns, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        _columns = columns;
        _rows = rows;
    }

    internal List<GridBox> Boxes { get; } = [];

    /// <summary>A box with a bold title and its items as bullets; items that do not fit end in "…".</summary>
    public GridBuilder Box(int column, int row, string title, IEnumerable<string> items,
        int columnSpan = 1, int rowSpan = 1, PdfColor? shade = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(items);
        if (column < 0 || row < 0 || columnSpan < 1 || rowSpan < 1 || column + columnSpan > _columns || row + rowSpan > _rows)
            throw new ArgumentOutOfRangeException(nameof(column),
                $"The box '{title}' at column {column}, row {row} spanning {columnSpan}×{rowSpan} is outside the {_columns}×{_rows} grid.");
        Boxes.Add(new GridBox(column, row, columnSpan, rowSpan, title, items.ToList(), shade));
        return this;
    }
}

/// <summary>The bars of a chart, top to bottom.</summary>
public sealed class BarChartBuilder
{
    internal BarChartBuilder() { }

    internal List<ChartBar> Bars { get; } = [];

    /// <summary>A bar <paramref name="fraction"/> (0 to 1, clamped) of the full width, with <paramref name="value"/>
    /// written beside it (the chart's meaning must not rest on the bar's colour alone).</summary>
    public BarChartBuilder Bar(string label, float fraction, string value, PdfColor? color = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        if (float.IsNaN(fraction)) throw new ArgumentOutOfRangeException(nameof(fraction), $"The bar '{label}' has no value (NaN).");
        Bars.Add(new ChartBar(label, fraction, value, color ?? PdfColor.Accent));
        return this;
    }
}
