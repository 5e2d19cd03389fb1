using JobQuality.Core.Invitations;
using Microsoft.AspNetCore.Identity;

namespace JobQuality.Core.Tests.Invitations;

public sealed class PlanInvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_ExpiresAfterSevenDays_AndKeepsOnlyTheHashOfItsToken()
    {
        var (invitation, token) = PlanInvitation.Create(Guid.NewGuid(), "  Dana@Harbor-College.test ", "inviter", Now);

        invitation.ExpiresAt.ShouldBe(Now.AddDays(7));
        invitation.Email.ShouldBe("Dana@Harbor-College.test");
        invitation.NormalizedEmail.ShouldBe("DANA@HARBOR-COLLEGE.TEST");
        token.Length.ShouldBe(InvitationToken.Length);
        InvitationToken.LooksValid(token).ShouldBeTrue();
        invitation.TokenHash.ShouldBe(InvitationToken.Hash(token));
        invitation.StatusAt(Now).ShouldBe(InvitationStatus.Pending);
    }

    [Theory]
    [InlineData("dana@harbor-college.test")]
    [InlineData("Ünal.Öztürk@example.org")]
    [InlineData("e\u0301lise@example.org")]
    public void NormalizeEmail_MatchesHowIdentityNormalizesAccountAddresses(string email) =>
        PlanInvitation.NormalizeEmail(email).ShouldBe(new UpperInvariantLookupNormalizer().NormalizeEmail(email));

    [Fact]
    public void Status_AcceptedBeatsEverything_RevokedBeforeExpiryIsRevoked_ClosedAfterExpiryReadsExpired()
    {
        var (invitation, _) = PlanInvitation.Create(Guid.NewGuid(), "a@x.test", "inviter", Now);

        invitation.StatusAt(Now.AddDays(7)).ShouldBe(InvitationStatus.Expired);
        invitation.Revoke("staff", Now.AddDays(1)).ShouldBeTrue();
        invitation.StatusAt(Now.AddDays(2)).ShouldBe(InvitationStatus.Revoked);
        invitation.StatusAt(Now.AddDays(9)).ShouldBe(InvitationStatus.Revoked);
        invitation.Revoke("staff", Now.AddDays(2)).ShouldBeFalse();
        invitation.RevokedAt.ShouldBe(Now.AddDays(1));

        var (late, _) = PlanInvitation.Create(Guid.NewGuid(), "b@x.test", "inviter", Now);
        late.Revoke("staff", Now.AddDays(8));
        late.StatusAt(Now.AddDays(9)).ShouldBe(InvitationStatus.Expired);

        var (used, _) = PlanInvitation.Create(Guid.NewGuid(), "c@x.test", "inviter", Now);
        used.AcceptedAt = Now.AddDays(1);
        used.StatusAt(Now.AddDays(30)).ShouldBe(InvitationStatus.Accepted);
        used.Revoke("staff", Now.AddDays(2)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("U-xFYT9FEwqUMZLKgNROLoy4CAMH93QIIoEo10Ae10U=")]
    [InlineData("U-xFYT9FEwqUMZLKgNROLoy4CAMH93QIIoEo10Ae1/U")]
    public void LooksValid_RefusesWhatCannotBeAToken(string? token) => InvitationToken.LooksValid(token).ShouldBeFalse();

    [Fact]
    public void Tokens_AreDifferentEveryTime() =>
        Enumerable.Range(0, 100).Select(_ => InvitationToken.Generate().Token).Distinct().Count().ShouldBe(100);
}
