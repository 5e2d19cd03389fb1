using System.Collections.Concurrent;

namespace JobQuality.Core.Scoring.Csv;

/// <summary>
/// Reads and splits CSV records on a background thread, in batches, while the caller's thread works on the previous
/// batch (typing and scoring). On a two-core machine this roughly halves the time to score a large file.
/// Records come out in file order, exactly as <see cref="CsvRecordReader"/> gives them.
/// </summary>
public sealed class BackgroundCsvRecords : ICsvRecords, IDisposable
{
    private const int RecordsPerBatch = 256;

    private readonly BlockingCollection<Batch> _filled = new(boundedCapacity: 4);
    private readonly ConcurrentBag<Batch> _spare = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;
    private Batch? _current;
    private int _index = -1;

    public BackgroundCsvRecords(TextReader reader) => _producer = Task.Run(() => Produce(reader));

    public int RecordNumber => _current!.RecordNumbers[_index];
    public int FieldCount => _current!.FieldStarts[_index + 1] - _current.FieldStarts[_index];
    public string? Problem => _current!.Problems[_index];

    public ReadOnlySpan<char> Field(int index)
    {
        var batch = _current!;
        var field = batch.FieldStarts[_index] + index;
        var start = index == 0 ? batch.RecordStarts[_index] : batch.FieldEnds[field - 1];
        return batch.Chars.AsSpan(start, batch.FieldEnds[field] - start);
    }

    public bool Read()
    {
        if (_current is not null && ++_index < _current.Count) return true;
        if (_current is not null)
        {
            _current.Clear();
            _spare.Add(_current);
            _current = null;
        }
        foreach (var batch in _filled.GetConsumingEnumerable())
        {
            if (batch.Count == 0) continue;
            _current = batch;
            _index = 0;
            return true;
        }
        _producer.GetAwaiter().GetResult(); // Surfaces a read error from the background thread.
        return false;
    }

    private void Produce(TextReader reader)
    {
        try
        {
            var csv = new CsvRecordReader(reader);
            var batch = NextBatch();
            while (csv.Read())
            {
                batch.Add(csv);
                if (batch.Count == RecordsPerBatch)
                {
                    _filled.Add(batch, _stop.Token);
                    batch = NextBatch();
                }
            }
            _filled.Add(batch, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            _filled.CompleteAdding();
        }
    }

    private Batch NextBatch() => _spare.TryTake(out var batch) ? batch : new Batch();

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _producer.Wait();
        }
        catch (AggregateException)
        {
            // The consumer stopped early; a read error no longer matters.
        }
        _filled.Dispose();
        _stop.Dispose();
    }

    /// <summary>Records copied out of the reader: all their characters, and where each field ends.</summary>
    private sealed class Batch
    {
        public char[] Chars = new char[RecordsPerBatch * 256];
        public int CharCount;
        public int[] FieldEnds = new int[RecordsPerBatch * 32];
        public int FieldCount;
        public readonly int[] FieldStarts = new int[RecordsPerBatch + 1];
        public readonly int[] RecordStarts = new int[RecordsPerBatch];
        public readonly int[] RecordNumbers = new int[RecordsPerBatch];
        public readonly string?[] Problems = new string?[RecordsPerBatch];
        public int Count;

        public void Add(CsvRecordReader csv)
        {
            RecordStarts[Count] = CharCount;
            RecordNumbers[Count] = csv.RecordNumber;
            Problems[Count] = csv.Problem;
            FieldStarts[Count] = FieldCount;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                var field = csv.Field(i);
                if (CharCount + field.Length > Chars.Length) Array.Resize(ref Chars, Math.Max(Chars.Length * 2, CharCount + field.Length));
                field.CopyTo(Chars.AsSpan(CharCount));
                CharCount += field.Length;
                if (FieldCount == FieldEnds.Length) Array.Resize(ref FieldEnds, FieldEnds.Length * 2);
                FieldEnds[FieldCount++] = CharCount;
            }
            Count++;
            FieldStarts[Count] = FieldCount;
        }

        public void Clear()
        {
            CharCount = 0;
            FieldCount = 0;
            Count = 0;
        }
    }
}
