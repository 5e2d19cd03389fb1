namespace JobQuality.Core.Scoring.Csv;

/// <summary>
/// A run of CSV records copied out of a <see cref="CsvRecordReader"/>, so another thread can work on them while the
/// reader moves on. It is itself a cursor over its records (<see cref="Read"/>), and is reused once emptied.
/// </summary>
public sealed class CsvBatch : ICsvRecords
{
    public const int Capacity = 256;

    private char[] _chars = new char[Capacity * 256];
    private int _charCount;
    private int[] _fieldEnds = new int[Capacity * 32];
    private int _fieldCount;
    private readonly int[] _fieldStarts = new int[Capacity + 1];
    private readonly int[] _recordStarts = new int[Capacity];
    private readonly int[] _recordNumbers = new int[Capacity];
    private readonly string?[] _problems = new string?[Capacity];
    private int _index = -1;

    public int Count { get; private set; }
    public bool IsFull => Count == Capacity;

    public int RecordNumber => _recordNumbers[_index];
    public int FieldCount => _fieldStarts[_index + 1] - _fieldStarts[_index];
    public string? Problem => _problems[_index];

    public ReadOnlySpan<char> Field(int index)
    {
        var field = _fieldStarts[_index] + index;
        var start = index == 0 ? _recordStarts[_index] : _fieldEnds[field - 1];
        return _chars.AsSpan(start, _fieldEnds[field] - start);
    }

    /// <summary>Moves to the next record of the batch; false when the batch is used up.</summary>
    public bool Read() => ++_index < Count;

    public void Add(CsvRecordReader csv)
    {
        _recordStarts[Count] = _charCount;
        _recordNumbers[Count] = csv.RecordNumber;
        _problems[Count] = csv.Problem;
        _fieldStarts[Count] = _fieldCount;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var field = csv.Field(i);
            if (_charCount + field.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + field.Length));
            field.CopyTo(_chars.AsSpan(_charCount));
            _charCount += field.Length;
            if (_fieldCount == _fieldEnds.Length) Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
            _fieldEnds[_fieldCount++] = _charCount;
        }
        Count++;
        _fieldStarts[Count] = _fieldCount;
    }

    public void Clear()
    {
        _charCount = 0;
        _fieldCount = 0;
        Count = 0;
        _index = -1;
    }
}
