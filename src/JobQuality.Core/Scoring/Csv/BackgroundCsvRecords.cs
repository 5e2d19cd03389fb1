using System.Collections.Concurrent;

namespace JobQuality.Core.Scoring.Csv;

/// <summary>
/// Reads and splits CSV records on a background thread, in batches, while other threads work on earlier batches.
/// Read record by record (as an <see cref="ICsvRecords"/>) or batch by batch (<see cref="TakeBatch"/>); records
/// come out in file order, exactly as <see cref="CsvRecordReader"/> gives them.
/// </summary>
public sealed class BackgroundCsvRecords : ICsvRecords, IDisposable
{
    private readonly BlockingCollection<CsvBatch> _filled = new(boundedCapacity: 4);
    private readonly ConcurrentBag<CsvBatch> _spare = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;
    private CsvBatch? _current;

    public BackgroundCsvRecords(TextReader reader) => _producer = Task.Run(() => Produce(reader));

    public int RecordNumber => _current!.RecordNumber;
    public int FieldCount => _current!.FieldCount;
    public string? Problem => _current!.Problem;

    public ReadOnlySpan<char> Field(int index) => _current!.Field(index);

    public bool Read()
    {
        while (true)
        {
            if (_current is not null && _current.Read()) return true;
            if (_current is not null) Recycle(_current);
            _current = NextFilled();
            if (_current is null) return false;
        }
    }

    /// <summary>
    /// The next batch to work on, positioned on the record last read (records already read by <see cref="Read"/>
    /// are not given again); null at the end of the file. Give it back with <see cref="Recycle"/> when done.
    /// </summary>
    public CsvBatch? TakeBatch()
    {
        if (_current is not null)
        {
            var partly = _current;
            _current = null;
            return partly;
        }
        return NextFilled();
    }

    public void Recycle(CsvBatch batch)
    {
        batch.Clear();
        _spare.Add(batch);
    }

    private CsvBatch? NextFilled()
    {
        foreach (var batch in _filled.GetConsumingEnumerable())
        {
            if (batch.Count > 0) return batch;
        }
        _producer.GetAwaiter().GetResult(); // Surfaces a read error from the background thread.
        return null;
    }

    private void Produce(TextReader reader)
    {
        try
        {
            var csv = new CsvRecordReader(reader);
            var batch = NextSpare();
            while (csv.Read())
            {
                batch.Add(csv);
                if (!batch.IsFull) continue;
                _filled.Add(batch, _stop.Token);
                batch = NextSpare();
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

    private CsvBatch NextSpare() => _spare.TryTake(out var batch) ? batch : new CsvBatch();

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
}
