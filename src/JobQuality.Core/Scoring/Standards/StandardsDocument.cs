using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobQuality.Core.Scoring.Standards;

/// <summary>
/// The standards JSON as written, before validation. Values stay raw JSON so that a wrong type becomes a clear
/// message ("needs a number") instead of a parser exception.
/// </summary>
public sealed class StandardsDocument
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("principles")] public List<PrincipleDocument?>? Principles { get; set; }
}

public sealed class PrincipleDocument
{
    [JsonPropertyName("principle")] public string? Principle { get; set; }
    [JsonPropertyName("mode")] public string? Mode { get; set; }
    [JsonPropertyName("criteria")] public List<CriterionDocument?>? Criteria { get; set; }
}

public sealed class CriterionDocument
{
    [JsonPropertyName("field")] public string? Field { get; set; }
    [JsonPropertyName("op")] public string? Op { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("values")] public JsonElement? Values { get; set; }
    [JsonPropertyName("pct")] public JsonElement? Pct { get; set; }
}
