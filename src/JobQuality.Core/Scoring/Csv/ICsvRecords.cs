namespace JobQuality.Core.Scoring.Csv;

/// <summary>A forward-only sequence of CSV records, each exposed as spans until the next <see cref="Read"/>.</summary>
public interface ICsvRecords
{
    int RecordNumber { get; }
    int FieldCount { get; }
    string? Problem { get; }
    ReadOnlySpan<char> Field(int index);
    bool Read();
}
