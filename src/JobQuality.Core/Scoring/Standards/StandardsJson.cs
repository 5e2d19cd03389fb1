using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobQuality.Core.Common;

namespace JobQuality.Core.Scoring.Standards;

/// <summary>A problem in a standards file: where (a JSON path) and what, in words that name the principle and criterion.</summary>
public sealed record StandardsError(string Path, string Message, long? Line = null)
{
    public string Format(string file) => $"{file}:{Line ?? 1}:{Path}: {Message}";
}

/// <summary>Reads and writes standards in the JSON format of SCORING.md section 3.</summary>
public static class StandardsJson
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static (JobQualityStandards? Standards, IReadOnlyList<StandardsError> Errors) Read(string json)
    {
        StandardsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<StandardsDocument>(json, ReadOptions);
        }
        catch (JsonException ex)
        {
            return (null, [new StandardsError(ex.Path ?? "$", $"The file is not valid standards JSON: {FirstSentence(ex.Message)}", (ex.LineNumber ?? 0) + 1)]);
        }
        if (document is null) return (null, [new StandardsError("$", "The file is empty: it must hold a JSON object with \"name\" and \"principles\".")]);

        var validation = new StandardsValidator().Validate(document);
        if (!validation.IsValid)
        {
            return (null, validation.Errors.Select(e => new StandardsError(e.PropertyName, e.ErrorMessage)).ToList());
        }
        return (ToStandards(document), []);
    }

    public static (JobQualityStandards? Standards, IReadOnlyList<StandardsError> Errors) Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader.ReadToEnd());
    }

    /// <summary>The standards as readable JSON (operators such as &gt;= written as they are, not escaped).</summary>
    public static string Write(JobQualityStandards standards)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", standards.Name);
            json.WriteStartArray("principles");
            foreach (var principle in standards.Principles)
            {
                json.WriteStartObject();
                json.WriteString("principle", principle.Principle.ToString());
                json.WriteString("mode", principle.Mode.ToString());
                json.WriteStartArray("criteria");
                foreach (var criterion in principle.Criteria) WriteCriterion(json, criterion);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteCriterion(Utf8JsonWriter json, Criterion criterion)
    {
        json.WriteStartObject();
        json.WriteString("field", criterion.Field);
        json.WriteString("op", Criterion.Symbol(criterion.Op));
        if (criterion.Number is { } number) json.WriteNumber("value", number);
        if (criterion.Flag is { } flag) json.WriteBoolean("value", flag);
        if (criterion.Values is { } values)
        {
            json.WriteStartArray("values");
            foreach (var value in values) json.WriteStringValue(value);
            json.WriteEndArray();
        }
        if (criterion.Pct is { } pct) json.WriteNumber("pct", pct);
        json.WriteEndObject();
    }

    /// <summary>Builds the model from a document the validator accepted.</summary>
    private static JobQualityStandards ToStandards(StandardsDocument document) => new(
        document.Name!.Trim(),
        document.Principles!.Select(p => new PrincipleStandard(
            EnumNames.Parse<Principle>(p!.Principle)!.Value,
            EnumNames.Parse<PrincipleMode>(p.Mode)!.Value,
            (p.Criteria ?? []).Select(c => ToCriterion(c!)).ToList())).ToList());

    private static Criterion ToCriterion(CriterionDocument c)
    {
        var field = PlacementFields.Find(c.Field!)!;
        var op = Criterion.FromSymbol(c.Op!)!.Value;
        return new Criterion(field.Name, op)
        {
            Number = field.Type is FieldType.Decimal or FieldType.Integer && op != CriterionOp.LivingWage ? c.Value!.Value.GetDecimal() : null,
            Flag = field.Type == FieldType.Boolean ? c.Value!.Value.GetBoolean() : null,
            Values = op is CriterionOp.In or CriterionOp.NotIn ? c.Values!.Value.EnumerateArray().Select(v => v.GetString()!).ToList() : null,
            Pct = op == CriterionOp.LivingWage ? c.Pct!.Value.GetDecimal() : null,
        };
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
