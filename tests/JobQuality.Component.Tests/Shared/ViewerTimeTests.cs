using JobQuality.Web.Features.Shared;

namespace JobQuality.Component.Tests.Shared;

public sealed class ViewerTimeTests
{
    private static readonly DateTimeOffset Winter = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TimesReadInTheViewersZone_AndNameIt()
    {
        var chicago = ViewerTime.FromBrowserZone("America/Chicago");

        chicago.Format(Winter).ShouldBe("Jan 15, 2026 at 6:00 AM CST");
        chicago.Format(Summer).ShouldBe("Jul 15, 2026 at 7:00 AM CDT");
        ViewerTime.FromBrowserZone("America/Los_Angeles").FormatDate(new DateTimeOffset(2026, 1, 15, 3, 0, 0, TimeSpan.Zero)).ShouldBe("Jan 14, 2026");
    }

    [Fact]
    public void AnUnknownOrMissingZone_FallsBackToUtc()
    {
        ViewerTime.FromBrowserZone("Not/AZone").Format(Winter).ShouldBe("Jan 15, 2026 at 12:00 PM UTC");
        ViewerTime.FromBrowserZone(null).ShouldBe(ViewerTime.Utc);
    }
}
