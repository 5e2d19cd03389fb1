using System.Globalization;

namespace JobQuality.Web.Features.Shared;

/// <summary>
/// The viewer's own time zone, read from the browser once the page is live, so a partner in another state reads the
/// history in their own time. Until it is known (first render, tests), times are shown in UTC. Times always name their zone.
/// </summary>
public sealed record ViewerTime(TimeZoneInfo Zone)
{
    public static ViewerTime Utc { get; } = new(TimeZoneInfo.Utc);

    /// <summary>The browser's IANA zone ("America/Chicago"), or UTC when this machine does not know it.</summary>
    public static ViewerTime FromBrowserZone(string? zoneId) =>
        zoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? new ViewerTime(zone) : Utc;

    /// <summary>"Nov 25, 2026 at 1:14 PM CST".</summary>
    public string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("MMM d, yyyy 'at' h:mm tt", CultureInfo.InvariantCulture) + " " + ZoneAbbreviation(time);

    /// <summary>"Nov 25, 2026".</summary>
    public string FormatDate(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    // .NET names zones in full ("Central Standard Time"); the initials are what people in the US are used to reading.
    private string ZoneAbbreviation(DateTimeOffset time)
    {
        if (Zone.BaseUtcOffset == TimeSpan.Zero && !Zone.SupportsDaylightSavingTime) return "UTC";
        var name = Zone.IsDaylightSavingTime(time) ? Zone.DaylightName : Zone.StandardName;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w => char.IsLetter(w[0])) ? string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))) : name;
    }
}
