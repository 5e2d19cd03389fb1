namespace JobQuality.Core.Scoring.Csv;

/// <summary>One problem in an input file: where it is (the header is row 1), the value found, and why it is wrong.</summary>
public sealed record CsvError(int Row, string Column, string Value, string Reason)
{
    /// <summary>The <c>FILE:ROW:COLUMN: message</c> line of the command line.</summary>
    public string Format(string file) =>
        Value.Length == 0 ? $"{file}:{Row}:{Column}: {Reason}" : $"{file}:{Row}:{Column}: \"{Value}\" {Reason}";
}
