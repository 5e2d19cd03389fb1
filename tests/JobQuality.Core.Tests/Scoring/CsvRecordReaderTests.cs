using JobQuality.Core.Scoring.Csv;

namespace JobQuality.Core.Tests.Scoring;

public sealed class CsvRecordReaderTests
{
    private static List<(int Row, string[] Fields, string? Problem)> ReadAll(string text)
    {
        var csv = new CsvRecordReader(new StringReader(text));
        var records = new List<(int, string[], string?)>();
        while (csv.Read())
        {
            records.Add((csv.RecordNumber, Enumerable.Range(0, csv.FieldCount).Select(i => csv.Field(i).ToString()).ToArray(), csv.Problem));
        }
        return records;
    }

    [Fact]
    public void QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var records = ReadAll("a,b,c\n\"Smith, Jones\",\"She said \"\"hi\"\"\",\"line one\nline two\"\n");

        records[1].Fields.ShouldBe(["Smith, Jones", "She said \"hi\"", "line one\nline two"]);
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\n1,2\n3,4\n")]
    [InlineData("a,b\r1,2\r3,4")]
    public void LineEndings_CrLfLfAndCr_AllEndRecords(string text)
    {
        var records = ReadAll(text);

        records.Select(r => string.Join("|", r.Fields)).ShouldBe(["a|b", "1|2", "3|4"]);
    }

    [Fact]
    public void ByteOrderMark_IsNotPartOfTheFirstColumnName()
    {
        var records = ReadAll("\uFEFFplacement_id,x\nP-1,2\n");

        records[0].Fields[0].ShouldBe("placement_id");
    }

    [Fact]
    public void BlankLines_AreSkippedButCounted_SoRowNumbersMatchLines()
    {
        var records = ReadAll("a,b\n\n1,2\n");

        records.Select(r => r.Row).ShouldBe([1, 3]);
    }

    [Fact]
    public void RowNumbers_CountRecords_WhenAQuotedValueSpansLines()
    {
        var records = ReadAll("a,b\n\"x\ny\",1\n2,3\n");

        records.Select(r => r.Row).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void UnclosedQuote_IsReportedAsAProblem()
    {
        var records = ReadAll("a,b\n\"never closed,1\n");

        records[1].Problem.ShouldNotBeNull();
    }

    [Fact]
    public void EmptyFields_AreKept()
    {
        var records = ReadAll("a,b,c\n,,\n");

        records[1].Fields.ShouldBe(["", "", ""]);
    }

    [Fact]
    public void BackgroundReader_GivesTheSameRecordsAsTheDirectOne()
    {
        var text = "a,b\n" + string.Join("\n", Enumerable.Range(0, 2000).Select(i => $"\"{i},x\",{i}")) + "\n";
        var direct = ReadAll(text);

        using var background = new BackgroundCsvRecords(new StringReader(text));
        var viaBackground = new List<(int, string[], string?)>();
        while (background.Read())
        {
            viaBackground.Add((background.RecordNumber, Enumerable.Range(0, background.FieldCount).Select(i => background.Field(i).ToString()).ToArray(), background.Problem));
        }

        viaBackground.Count.ShouldBe(direct.Count);
        for (var i = 0; i < direct.Count; i++)
        {
            viaBackground[i].Item1.ShouldBe(direct[i].Row);
            viaBackground[i].Item2.ShouldBe(direct[i].Fields);
        }
    }
}
