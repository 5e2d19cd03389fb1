using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using JobQuality.Core.Organizations;
using JobQuality.Data.Identity;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Tokens;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.Tokens;

public sealed class PersonalAccessTokenTests(AppFactory app) : AppTest(app)
{
    /// <summary>PostgreSQL keeps times to the microsecond; .NET's clock ticks finer.</summary>
    private static readonly TimeSpan Microsecond = TimeSpan.FromMicroseconds(1);

    /// <summary>Staff of "north" with a north plan, and a plan of "south" they may not see.</summary>
    private async Task<(string UserId, Guid PlanId, Guid OtherPlanId)> StaffWithPlansAsync()
    {
        var north = await Data.OrganizationAsync("north");
        var south = await Data.OrganizationAsync("south");
        var user = await Data.UserAsync("kim@north.test", north, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(north, "North plan");
        var other = await Data.PlanAsync(south, "South plan");
        return (user.Id, plan.Id, other.Id);
    }

    /// <summary>Runs a use case as the given person, the way the tokens page does inside their live session.</summary>
    private async Task<T> AsUserAsync<THandler, T>(string userId, Func<THandler, Task<T>> act) where THandler : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        var state = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return await act(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    private async Task<CreateToken.Created> CreateAsync(string userId, TokenLifetime lifetime = TokenLifetime.NinetyDays)
    {
        var outcome = await AsUserAsync<CreateToken.Handler, Outcome<CreateToken.Created>>(userId,
            h => h.HandleAsync(new CreateToken.Command { Name = "Nightly import script", Lifetime = lifetime }));
        outcome.Status.ShouldBe(OutcomeStatus.Ok);
        return outcome.Value!;
    }

    private Task<Outcome<TokenView>> RevokeAsync(string userId, Guid tokenId) =>
        AsUserAsync<RevokeToken.Handler, Outcome<TokenView>>(userId, h => h.HandleAsync(new RevokeToken.Command(tokenId)));

    /// <summary>A client with no cookies at all: only what the bearer header says counts.</summary>
    private HttpClient ClientWithToken(string token)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull("An API call must never be redirected to the sign-in page.");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"status\":401");
    }

    [Fact]
    public async Task CreateToken_ReturnsTheSecretOnce_AndStoresOnlyItsHash()
    {
        var (userId, _, _) = await StaffWithPlansAsync();

        var created = await CreateAsync(userId, TokenLifetime.ThirtyDays);

        created.Secret.ShouldStartWith($"jq_{created.Token.Prefix}_");
        var secretPart = created.Secret[$"jq_{created.Token.Prefix}_".Length..];
        Convert.FromBase64String(secretPart.Replace('-', '+').Replace('_', '/') + "=").Length.ShouldBe(32);
        await using var db = App.NewDbContext();
        var stored = await db.PersonalAccessTokens.SingleAsync();
        stored.UserId.ShouldBe(userId);
        stored.Name.ShouldBe("Nightly import script");
        stored.Hash.ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(secretPart)));
        stored.ExpiresAt.ShouldBe(stored.CreatedAt.AddDays(30));
        var row = await db.Database.SqlQuery<string>($"SELECT row_to_json(t)::text AS \"Value\" FROM \"PersonalAccessTokens\" t").SingleAsync();
        row.ShouldNotContain(secretPart);
        var listed = await AsUserAsync<ListMyTokens.Handler, IReadOnlyList<TokenView>>(userId, h => h.HandleAsync());
        listed.Single().Id.ShouldBe(created.Token.Id);
        listed.Single().CreatedAt.ShouldBe(created.Token.CreatedAt, Microsecond);
        listed.Single().Status.ShouldBe(TokenStatus.Active);
        listed.Single().Hint.ShouldBe($"jq_{stored.Prefix}_…");
    }

    [Fact]
    public async Task Token_OpensTheApi_WithTheSameAccessAsASession()
    {
        var (userId, planId, otherPlanId) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId);
        using var withToken = ClientWithToken(created.Secret);
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("kim@north.test");

        (await withToken.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withToken.GetAsync($"/api/plans/{otherPlanId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/api/plans/{otherPlanId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await withToken.GetAsync("/api/orgs/north/plans")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withToken.GetAsync("/api/orgs/south/plans")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = App.NewDbContext();
        (await db.PersonalAccessTokens.SingleAsync()).LastUsedAt!.Value.ShouldBe(App.Clock.GetUtcNow(), Microsecond);
    }

    [Fact]
    public async Task LastUsed_IsWrittenAtMostOnceAMinute()
    {
        var (userId, planId, _) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId);
        using var withToken = ClientWithToken(created.Secret);
        var firstUse = App.Clock.GetUtcNow();
        (await withToken.GetAsync($"/api/plans/{planId}")).EnsureSuccessStatusCode();

        App.Clock.Advance(TimeSpan.FromSeconds(30));
        (await withToken.GetAsync($"/api/plans/{planId}")).EnsureSuccessStatusCode();
        await using (var db = App.NewDbContext())
        {
            (await db.PersonalAccessTokens.SingleAsync()).LastUsedAt!.Value.ShouldBe(firstUse, Microsecond);
        }

        App.Clock.Advance(TimeSpan.FromSeconds(40));
        (await withToken.GetAsync($"/api/plans/{planId}")).EnsureSuccessStatusCode();
        await using (var db = App.NewDbContext())
        {
            (await db.PersonalAccessTokens.SingleAsync()).LastUsedAt!.Value.ShouldBe(App.Clock.GetUtcNow(), Microsecond);
        }
    }

    [Fact]
    public async Task RevokedToken_IsRefused()
    {
        var (userId, planId, _) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId);
        using var withToken = ClientWithToken(created.Secret);
        (await withToken.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await RevokeAsync(userId, created.Token.Id)).Value!.Status.ShouldBe(TokenStatus.Revoked);

        await ShouldBeRefusedAsync(await withToken.GetAsync($"/api/plans/{planId}"));
    }

    [Fact]
    public async Task Token_UploadsPlacementsAndReadsTheBaseline_UntilRevoked()
    {
        var north = await Data.OrganizationAsync("north");
        var director = await Data.UserAsync("dana@north.test", north, OrganizationRole.Director);
        var created = await CreateAsync(director.Id);
        using var withToken = ClientWithToken(created.Secret);
        var api = new ScoringApi(withToken);
        var (standards, wages, placements) = (ScoringFiles.Standards(), ScoringFiles.LivingWages(), ScoringFiles.Placements());
        await api.ImportLivingWagesAsync(wages, 2025);
        await api.PublishAsync(standards);

        var import = await api.ImportAndWaitAsync(placements);
        var baseline = await api.BaselineJsonAsync(["program"]);

        import.Status.ShouldBe("Stored");
        baseline.ShouldBe(ScoringFiles.Summary(standards, wages, placements, ["program"]));

        (await RevokeAsync(director.Id, created.Token.Id)).Value!.Status.ShouldBe(TokenStatus.Revoked);

        await ShouldBeRefusedAsync(await api.UploadAsync(placements));
        await ShouldBeRefusedAsync(await api.BaselineAsync("?by=program"));
        await using var db = App.NewDbContext();
        (await db.PlacementImports.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task ExpiredToken_IsRefused()
    {
        var (userId, planId, _) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId, TokenLifetime.ThirtyDays);
        using var withToken = ClientWithToken(created.Secret);
        App.Clock.Advance(TimeSpan.FromDays(29));
        (await withToken.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromDays(1));

        await ShouldBeRefusedAsync(await withToken.GetAsync($"/api/plans/{planId}"));
        var listed = await AsUserAsync<ListMyTokens.Handler, IReadOnlyList<TokenView>>(userId, h => h.HandleAsync());
        listed.Single().Status.ShouldBe(TokenStatus.Expired);
    }

    [Fact]
    public async Task TokenWithoutExpiry_KeepsWorking()
    {
        var (userId, planId, _) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId, TokenLifetime.NoExpiry);
        using var withToken = ClientWithToken(created.Secret);

        App.Clock.Advance(TimeSpan.FromDays(400));

        (await withToken.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TokenOfADisabledAccount_IsRefused()
    {
        var (userId, planId, _) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId);
        using var withToken = ClientWithToken(created.Secret);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await AccountStatus.SetDisabledAsync(users, (await users.FindByIdAsync(userId))!, disabled: true);
        }

        await ShouldBeRefusedAsync(await withToken.GetAsync($"/api/plans/{planId}"));
    }

    [Theory]
    [InlineData("Bearer", "not-a-token")]
    [InlineData("Bearer", "jq_abcd1234_wrongsecretwrongsecretwrongsecretwrongsec")]
    [InlineData("Basic", "a2ltOnBhc3N3b3Jk")]
    public async Task GarbageToken_Gets401InJson_NotARedirect(string scheme, string value)
    {
        var (_, planId, _) = await StaffWithPlansAsync();
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, value);

        await ShouldBeRefusedAsync(await client.GetAsync($"/api/plans/{planId}"));
    }

    [Fact]
    public async Task WrongSecretWithARealPrefix_IsRefused()
    {
        var (userId, planId, _) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId);
        using var withToken = ClientWithToken($"jq_{created.Token.Prefix}_{new string('A', 43)}");

        await ShouldBeRefusedAsync(await withToken.GetAsync($"/api/plans/{planId}"));
    }

    [Fact]
    public async Task SignedInSession_WithABadBearerHeader_IsJudgedOnTheHeader()
    {
        var (_, planId, _) = await StaffWithPlansAsync();
        using var browser = NewBrowser();
        await browser.SignInOrFailAsync("kim@north.test");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/plans/{planId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "jq_nothing");

        await ShouldBeRefusedAsync(await browser.Client.SendAsync(request));
    }

    [Fact]
    public async Task RevokingSomeoneElsesToken_IsNotFound_AndTheirTokenKeepsWorking()
    {
        var (userId, planId, _) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId);
        var board = await Data.OrganizationAsync("east");
        var stranger = await Data.UserAsync("sam@east.test", board, OrganizationRole.Director);

        (await RevokeAsync(stranger.Id, created.Token.Id)).Status.ShouldBe(OutcomeStatus.NotFound);

        using var withToken = ClientWithToken(created.Secret);
        (await withToken.GetAsync($"/api/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AsUserAsync<ListMyTokens.Handler, IReadOnlyList<TokenView>>(stranger.Id, h => h.HandleAsync())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Token_CannotOpenAPage()
    {
        var (userId, planId, _) = await StaffWithPlansAsync();
        var created = await CreateAsync(userId);
        using var withToken = ClientWithToken(created.Secret);

        foreach (var page in new[] { "/orgs/north", $"/plans/{planId}", "/account/tokens" })
        {
            var response = await withToken.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{page} opened with only a token");
            response.Headers.Location!.ToString().ShouldContain("/account/login");
        }
    }

    [Fact]
    public async Task CreateToken_WithoutAName_IsRefused()
    {
        var (userId, _, _) = await StaffWithPlansAsync();

        var outcome = await AsUserAsync<CreateToken.Handler, Outcome<CreateToken.Created>>(userId,
            h => h.HandleAsync(new CreateToken.Command { Name = "  ", Lifetime = TokenLifetime.OneYear }));

        outcome.Status.ShouldBe(OutcomeStatus.Invalid);
        outcome.FieldErrors.ShouldContain(e => e.Field == nameof(CreateToken.Command.Name));
        await using var db = App.NewDbContext();
        (await db.PersonalAccessTokens.CountAsync()).ShouldBe(0);
    }
}
