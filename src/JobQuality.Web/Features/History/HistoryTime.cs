using System.Globalization;

namespace JobQuality.Web.Features.History;

/// <summary>Times in the history are shown in UTC, and say so, so people in different places read the same moment.</summary>
public static class HistoryTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("MMM d, yyyy 'at' h:mm tt", CultureInfo.InvariantCulture) + " UTC";
}
