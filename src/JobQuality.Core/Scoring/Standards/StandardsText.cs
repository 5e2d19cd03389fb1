using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobQuality.Core.Scoring.Standards;

/// <summary>
/// The standards JSON as text to store and show: any JSON object is accepted as a draft (it may not be valid standards
/// yet), written back indented, with the keys in the contract's order and comments dropped.
/// </summary>
public static class StandardsText
{
    private static readonly JsonDocumentOptions Tolerant = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The contract's order of keys; PostgreSQL's jsonb keeps its own order, so the text is put back in this one.</summary>
    private static readonly string[] KeyOrder = ["name", "principles", "principle", "mode", "criteria", "field", "op", "value", "values", "pct"];

    /// <summary>The text tidied for storing, or why it cannot be stored (it is not a JSON object).</summary>
    public static (string? Json, StandardsError? Error) Normalize(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: Tolerant);
        }
        catch (JsonException ex)
        {
            return (null, new StandardsError(ex.Path ?? "$", $"The file is not valid standards JSON: {FirstSentence(ex.Message)}", (ex.LineNumber ?? 0) + 1));
        }
        if (root is not JsonObject)
        {
            return (null, new StandardsError("$", "The file must hold one JSON object with \"name\" and \"principles\"."));
        }
        try
        {
            return (Ordered(root)!.ToJsonString(Indented), null);
        }
        catch (ArgumentException)
        {
            // JsonObject refuses a key that appears twice in one object.
            return (null, new StandardsError("$", "The same key appears twice in one object: keep one of them."));
        }
    }

    /// <summary>Stored text (PostgreSQL gives jsonb back compact and in its own key order) made readable again.</summary>
    public static string Pretty(string stored) => Normalize(stored).Json ?? stored;

    /// <summary>The "name" of a standards text, when it has one (the text need not be valid standards).</summary>
    public static string? NameOf(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Tolerant);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonNode? Ordered(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .Select((property, index) => (property, index))
            .OrderBy(p => Rank(p.property.Key)).ThenBy(p => p.index)
            .Select(p => KeyValuePair.Create(p.property.Key, Ordered(p.property.Value)))),
        JsonArray array => new JsonArray(array.Select(Ordered).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    private static int Rank(string key)
    {
        var rank = Array.IndexOf(KeyOrder, key);
        return rank < 0 ? KeyOrder.Length : rank;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
