using System.Buffers;

namespace JobQuality.Core.Scoring.Csv;

/// <summary>
/// A streaming RFC 4180 reader: comma separated, fields in double quotes may hold commas, quotes ("") and line
/// breaks; CRLF, LF or CR end a record; a leading UTF-8 byte order mark is skipped. Fields are exposed as spans
/// over a reused buffer, so reading allocates nothing per record.
/// </summary>
public sealed class CsvRecordReader : ICsvRecords
{
    private const int ChunkSize = 64 * 1024;
    private static readonly SearchValues<char> Specials = SearchValues.Create(",\r\n\"");

    private readonly TextReader _reader;
    private readonly char[] _chunk = new char[ChunkSize];
    private int _chunkLength;
    private int _chunkPosition;
    private bool _endOfInput;
    private bool _atStart = true;

    private char[] _record = new char[1024];
    private int _recordLength;
    private int[] _fieldEnds = new int[64];

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>The number of the record just read: the header is record 1. Blank lines count, so numbers match line numbers.</summary>
    public int RecordNumber { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>Set when the record just read is malformed (a quote that never closes).</summary>
    public string? Problem { get; private set; }

    public ReadOnlySpan<char> Field(int index)
    {
        var start = index == 0 ? 0 : _fieldEnds[index - 1];
        return _record.AsSpan(start, _fieldEnds[index] - start);
    }

    /// <summary>Reads the next non-blank record; false at the end of the input.</summary>
    public bool Read()
    {
        while (ReadRecord())
        {
            if (FieldCount > 1 || _fieldEnds[0] > 0 || Problem is not null) return true;
        }
        return false;
    }

    private bool ReadRecord()
    {
        _recordLength = 0;
        FieldCount = 0;
        Problem = null;
        if (!EnsureData()) return false;
        RecordNumber++;

        var inQuotes = false;
        var atFieldStart = true;
        while (true)
        {
            if (_chunkPosition >= _chunkLength && !EnsureData())
            {
                if (inQuotes) Problem = "a quoted value is not closed before the end of the file";
                EndField();
                return true;
            }
            var rest = _chunk.AsSpan(_chunkPosition, _chunkLength - _chunkPosition);
            if (inQuotes)
            {
                // Copy everything up to the next quote in one go; a doubled quote stands for one quote.
                var quote = rest.IndexOf('"');
                if (quote < 0)
                {
                    Append(rest);
                    _chunkPosition = _chunkLength;
                    continue;
                }
                Append(rest[..quote]);
                _chunkPosition += quote + 1;
                if (Peek() == '"')
                {
                    _chunkPosition++;
                    Append('"');
                }
                else
                {
                    inQuotes = false;
                }
                continue;
            }
            var special = rest.IndexOfAny(Specials);
            if (special < 0)
            {
                Append(rest);
                atFieldStart = false;
                _chunkPosition = _chunkLength;
                continue;
            }
            if (special > 0)
            {
                Append(rest[..special]);
                atFieldStart = false;
            }
            var c = rest[special];
            _chunkPosition += special + 1;
            switch (c)
            {
                case ',':
                    EndField();
                    atFieldStart = true;
                    break;
                case '\r':
                    if (Peek() == '\n') _chunkPosition++;
                    EndField();
                    return true;
                case '\n':
                    EndField();
                    return true;
                default:
                    // A quote opens a quoted value only at the start of a field; elsewhere it is kept as it is.
                    if (atFieldStart) inQuotes = true;
                    else Append('"');
                    atFieldStart = false;
                    break;
            }
        }
    }

    private bool EnsureData()
    {
        if (_chunkPosition < _chunkLength) return true;
        if (_endOfInput) return false;
        _chunkLength = _reader.Read(_chunk, 0, _chunk.Length);
        _chunkPosition = 0;
        if (_chunkLength == 0)
        {
            _endOfInput = true;
            return false;
        }
        if (_atStart)
        {
            _atStart = false;
            if (_chunk[0] == '\uFEFF') _chunkPosition = 1;
            return _chunkPosition < _chunkLength || EnsureData();
        }
        return true;
    }

    private int Peek() => _chunkPosition < _chunkLength || EnsureData() ? _chunk[_chunkPosition] : -1;

    private void Append(ReadOnlySpan<char> text)
    {
        if (_recordLength + text.Length > _record.Length) Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + text.Length));
        text.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += text.Length;
    }

    private void Append(char c)
    {
        if (_recordLength == _record.Length) Array.Resize(ref _record, _record.Length * 2);
        _record[_recordLength++] = c;
    }

    private void EndField()
    {
        if (FieldCount == _fieldEnds.Length) Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
        _fieldEnds[FieldCount++] = _recordLength;
    }
}
