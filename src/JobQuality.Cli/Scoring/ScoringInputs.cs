using System.Text;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Csv;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Cli.Scoring;

/// <summary>
/// Loads the scoring commands' input files and gathers every problem as <c>FILE:ROW:COLUMN: message</c> lines,
/// so one run reports all of them.
/// </summary>
internal sealed class ScoringInputs
{
    public const int InvalidInput = 2;

    public List<string> Errors { get; } = [];

    public JobQualityStandards? ReadStandards(string path)
    {
        if (!Exists(path)) return null;
        var (standards, errors) = StandardsJson.Read(File.ReadAllText(path, Encoding.UTF8));
        Errors.AddRange(errors.Select(e => e.Format(path)));
        return standards;
    }

    public LivingWageTable? ReadLivingWages(string path)
    {
        if (!Exists(path)) return null;
        using var reader = OpenText(path);
        var (table, errors) = LivingWageTable.Read(reader);
        Errors.AddRange(errors.Select(e => e.Format(path)));
        return table;
    }

    /// <summary>Reads every placement, handing each valid one to <paramref name="onPlacement"/>; returns the number of rows.</summary>
    public int ReadPlacements(string path, Action<Placement>? onPlacement)
    {
        if (!Exists(path)) return 0;
        using var reader = OpenText(path);
        var placements = new PlacementCsvReader(reader, readAhead: true, reuseInstance: true);
        foreach (var placement in placements.ReadAll()) onPlacement?.Invoke(placement);
        AddErrors(path, placements.Errors);
        return placements.RowCount;
    }

    public static StreamReader OpenText(string path) =>
        new(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });

    public int ReportErrors()
    {
        foreach (var error in Errors) Console.Error.WriteLine(error);
        Console.Error.WriteLine($"{Errors.Count} problem(s) found; nothing was scored.");
        return InvalidInput;
    }

    private void AddErrors(string path, IReadOnlyList<CsvError> errors) => Errors.AddRange(errors.Select(e => e.Format(path)));

    private bool Exists(string path)
    {
        if (File.Exists(path)) return true;
        Errors.Add($"{path}:0:-: the file does not exist");
        return false;
    }
}
