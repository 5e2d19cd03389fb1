using System.Globalization;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Scoring.Output;

/// <summary>One CSV row per placement: placement_id, classification, score, then one column per used principle.</summary>
public sealed class ScoreCsvWriter
{
    private readonly TextWriter _output;
    private readonly IReadOnlyList<PrincipleStandard> _used;

    public ScoreCsvWriter(TextWriter output, JobQualityStandards standards)
    {
        _output = output;
        _used = standards.Used;
        _output.Write("placement_id,classification,score");
        foreach (var principle in _used) _output.Write($",{principle.Principle}");
        _output.Write("\r\n");
    }

    public void WritePlacement(string placementId, PlacementScore score)
    {
        _output.Write(Quote(placementId));
        _output.Write(',');
        _output.Write(score.Classification.ToString());
        _output.Write(',');
        _output.Write(score.Score.ToString("0.0", CultureInfo.InvariantCulture));
        for (var i = 0; i < _used.Count; i++)
        {
            _output.Write(',');
            _output.Write(score.Statuses[i].ToString());
        }
        _output.Write("\r\n");
    }

    /// <summary>RFC 4180: a value holding a comma, quote or line break is quoted, with quotes doubled.</summary>
    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
}
