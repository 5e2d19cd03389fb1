using JobQuality.Core.Editing;

namespace JobQuality.Core.Tests.Editing;

public sealed class ThreeWayMergeTests
{
    private static Dictionary<string, string> Fields(string who, string how) => new() { ["who"] = who, ["how"] = how };

    [Fact]
    public void EditsToDifferentFields_MergeWithoutAConflict()
    {
        var result = ThreeWayMerge.Merge(Fields("aides", "pilot"), theirs: Fields("aides and CNAs", "pilot"), mine: Fields("aides", "pilot; contracts"));

        result.Conflicts.ShouldBeEmpty();
        result.Merged.ShouldBe(Fields("aides and CNAs", "pilot; contracts"));
    }

    [Fact]
    public void DifferentEditsToTheSameField_AreAConflictThatKeepsBothVersions()
    {
        var result = ThreeWayMerge.Merge(Fields("aides", "pilot"), theirs: Fields("CNAs", "pilot"), mine: Fields("home health aides", "pilot"));

        result.Conflicts.ShouldHaveSingleItem().ShouldBe(new FieldConflict("who", "aides", "CNAs", "home health aides"));
        result.Merged["who"].ShouldBe("CNAs"); // nothing of theirs is replaced until the user chooses
    }

    [Fact]
    public void TheSameEditOnBothSides_OrOnlyTrailingSpaces_IsNoConflict()
    {
        ThreeWayMerge.Merge(Fields("a", "b"), theirs: Fields("c", "b"), mine: Fields("c", "b")).Conflicts.ShouldBeEmpty();
        ThreeWayMerge.Merge(Fields("a", "b"), theirs: Fields("a\r\nx", "b"), mine: Fields("a\nx  ", "b")).Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void OnlyTheyChanged_TheirVersionStands()
    {
        var result = ThreeWayMerge.Merge(Fields("a", "b"), theirs: Fields("a", "B"), mine: Fields("a", "b"));

        result.Conflicts.ShouldBeEmpty();
        result.Merged.ShouldBe(Fields("a", "B"));
    }
}
