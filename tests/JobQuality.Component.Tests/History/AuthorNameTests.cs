using JobQuality.Data;
using JobQuality.Web.Features.History;

namespace JobQuality.Component.Tests.History;

/// <summary>The history names who made each change, including changes no signed-in person made.</summary>
public sealed class AuthorNameTests
{
    [Theory]
    [InlineData("user-1", "Sam Staff", "Sam Staff")]
    [InlineData(null, null, "Set up automatically")]
    [InlineData(FixedCurrentUser.CommandLine, null, "An administrator (command line)")]
    [InlineData("deleted-user", null, "A former member")]
    public void NamesThePersonOrWhatMadeTheChange(string? userId, string? displayName, string expected) =>
        Snapshots.AuthorName(userId, displayName).ShouldBe(expected);
}
