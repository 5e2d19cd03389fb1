using System.Net;
using JobQuality.Integration.Tests.Infrastructure;

namespace JobQuality.Integration.Tests.Features.Operations;

public sealed class HealthTests(AppFactory app) : AppTest(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AnswerHealthyWithoutSigningIn(string path)
    {
        using var browser = NewBrowser();

        var response = await browser.Client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task EveryResponse_CarriesACorrelationId()
    {
        using var browser = NewBrowser();

        var response = await browser.Client.GetAsync("/account/login");

        response.Headers.GetValues("X-Correlation-Id").Single().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task UnknownPage_ShowsTheFriendlyNotFoundPage()
    {
        using var browser = NewBrowser();

        var response = await browser.Client.GetAsync("/no/such/page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }
}
