using JobQuality.Data.Identity;
using JobQuality.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.Account;

public sealed class PasswordPolicyTests(AppFactory app) : AppTest(app)
{
    [Theory]
    [InlineData("eleven char")]
    [InlineData("qwertyuiopasdfgh")]
    [InlineData("123456789012")]
    [InlineData("PASSWORD1234")]
    public async Task CreatingAnAccount_WithAShortOrCommonPassword_IsRefused(string password)
    {
        var result = await CreateAsync(password);

        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task CreatingAnAccount_WithALongPassphraseWithoutDigitsOrSymbols_IsAccepted()
    {
        var result = await CreateAsync("river town coalition");

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task StoredPasswords_AreHashedWithAtLeast210000Pbkdf2Iterations()
    {
        await CreateAsync("river town coalition");
        await using var db = App.NewDbContext();
        var hash = Convert.FromBase64String(db.Users.Single().PasswordHash!);

        // Identity's v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
        hash[0].ShouldBe((byte)0x01);
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        iterations.ShouldBeGreaterThanOrEqualTo(210_000);
    }

    private async Task<IdentityResult> CreateAsync(string password)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CreateAsync(new AppUser { UserName = "new@north.test", Email = "new@north.test", DisplayName = "New" }, password);
    }
}
