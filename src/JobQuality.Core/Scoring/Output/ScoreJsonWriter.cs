using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Core.Scoring.Summary;

namespace JobQuality.Core.Scoring.Output;

/// <summary>
/// Writes the JSON result of SCORING.md section 6 as it goes: placements stream out in file order, the summary
/// closes the document. Percentages and scores always carry one decimal (75.0).
/// </summary>
public sealed class ScoreJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;
    private readonly IReadOnlyList<PrincipleStandard> _used;
    private bool _inPlacements;

    public ScoreJsonWriter(Stream output, JobQualityStandards standards, bool indented = true)
    {
        // Relaxed escaping keeps "60+" and accented names readable; the output is data, never embedded in HTML.
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _used = standards.Used;
        _json.WriteStartObject();
    }

    public void WritePlacement(string placementId, PlacementScore score)
    {
        if (!_inPlacements)
        {
            _json.WriteStartArray("placements");
            _inPlacements = true;
        }
        _json.WriteStartObject();
        _json.WriteString("placement_id", placementId);
        _json.WriteString("classification", score.Classification.ToString());
        WriteOneDecimal("score", score.Score);
        _json.WriteStartObject("principles");
        for (var i = 0; i < _used.Count; i++) _json.WriteString(_used[i].Principle.ToString(), score.Statuses[i].ToString());
        _json.WriteEndObject();
        _json.WriteEndObject();
        if (_json.BytesPending > 64 * 1024) _json.Flush();
    }

    /// <summary>Ends the placements (an empty list when none were written, unless <paramref name="withPlacements"/> is false) and writes the summary.</summary>
    public void WriteSummary(ScoringSummary summary, bool withPlacements = true)
    {
        if (!_inPlacements && withPlacements) _json.WriteStartArray("placements");
        if (_inPlacements || withPlacements) _json.WriteEndArray();

        _json.WriteStartObject("summary");
        _json.WriteNumber("total", summary.Total);
        _json.WriteNumber("quality", summary.Quality);
        _json.WriteNumber("not_quality", summary.NotQuality);
        _json.WriteNumber("incomplete", summary.Incomplete);
        WriteOneDecimal("quality_pct", summary.QualityPct);
        _json.WriteStartObject("principles");
        foreach (var principle in summary.Principles)
        {
            _json.WriteStartObject(principle.Principle.ToString());
            _json.WriteNumber("met", principle.Met);
            _json.WriteNumber("not_met", principle.NotMet);
            _json.WriteNumber("unknown", principle.Unknown);
            _json.WriteEndObject();
        }
        _json.WriteEndObject();
        _json.WriteStartObject("by");
        foreach (var breakdown in summary.By)
        {
            _json.WriteStartArray(breakdown.Column);
            foreach (var group in breakdown.Groups)
            {
                _json.WriteStartObject();
                _json.WriteString("group", group.Group);
                WriteNullable("n", group.N);
                WriteNullable("quality", group.Quality);
                if (group.QualityPct is { } pct) WriteOneDecimal("quality_pct", pct);
                else _json.WriteNull("quality_pct");
                _json.WriteBoolean("suppressed", group.Suppressed);
                _json.WriteEndObject();
            }
            _json.WriteEndArray();
        }
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
    }

    private void WriteOneDecimal(string name, decimal value)
    {
        _json.WritePropertyName(name);
        _json.WriteRawValue(value.ToString("0.0", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    private void WriteNullable(string name, int? value)
    {
        if (value is { } v) _json.WriteNumber(name, v);
        else _json.WriteNull(name);
    }

    public void Dispose() => _json.Dispose();
}
