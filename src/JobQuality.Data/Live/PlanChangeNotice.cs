using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobQuality.Data.Live;

/// <summary>What changed in a plan, told to every app instance so the browsers showing the plan update themselves.</summary>
public enum PlanChangeKind
{
    /// <summary>Plan content was saved (<see cref="PlanChangeNotice.Key"/>: the record type, e.g. <c>CanvasItem</c>).</summary>
    Content,

    /// <summary>A comment or thread changed (<see cref="PlanChangeNotice.Key"/>: the element's anchor when known).</summary>
    Comment,

    /// <summary>Someone opened, still views or left the plan (<see cref="PlanChangeNotice.Key"/>: join, here or leave).</summary>
    Presence,

    /// <summary>
    /// A notification was written for someone (<see cref="PlanChangeNotice.Key"/>: the recipient's user id), so the bell
    /// of every tab they have open counts it at once. Delivered to that person's inbox only, not to the plan's viewers.
    /// </summary>
    Inbox,

    /// <summary>Never sent: raised locally after the listener reconnected, since notices sent meanwhile were lost.</summary>
    Resync,
}

/// <summary>
/// A small change notice carried by PostgreSQL NOTIFY: ids only, never content (a payload must stay under 8,000 bytes).
/// <see cref="Origin"/> is the app scope (a browser's circuit) that made the change, so a page can skip its own saves.
/// </summary>
public sealed record PlanChangeNotice(
    [property: JsonPropertyName("p")] Guid PlanId,
    [property: JsonPropertyName("k")] PlanChangeKind Kind,
    [property: JsonPropertyName("e")] string? Key,
    [property: JsonPropertyName("u")] string? UserId,
    [property: JsonPropertyName("o")] Guid Origin,
    [property: JsonPropertyName("n")] string? Name = null)
{
    /// <summary>The NOTIFY channel every instance listens on.</summary>
    public const string Channel = "jobquality_plan_changes";

    /// <summary>PostgreSQL refuses payloads of 8,000 bytes or more; notices stay far below.</summary>
    public const int MaxPayloadBytes = 7_999;

    private const int MaxTextLength = 200;

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Names as UTF-8, not \uXXXX escapes: smaller, and the payload is never put in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string ToPayload()
    {
        var payload = JsonSerializer.Serialize(this with { Key = Shorten(Key), UserId = Shorten(UserId), Name = Shorten(Name) }, Json);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"A plan change notice must stay under 8,000 bytes; this one has {Encoding.UTF8.GetByteCount(payload)}.");
        }
        return payload;
    }

    /// <summary>Null for a payload that is not a notice (someone else's NOTIFY on the channel): it is ignored.</summary>
    public static PlanChangeNotice? FromPayload(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<PlanChangeNotice>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Shorten(string? text) => text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text;
}

/// <summary>Which app scope (one browser circuit, one API request) is saving: it travels in the notices it causes.</summary>
public sealed class ChangeOrigin
{
    public Guid Id { get; } = Guid.NewGuid();
}
