using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Web.Features.History;

namespace JobQuality.Component.Tests.History;

public sealed class ContentDiffViewTests : ComponentTest
{
    [Fact]
    public void Differences_SayAddedRemovedOrChangedInWords_WithBothTexts()
    {
        IReadOnlyList<DiffEntry> differences =
        [
            new("answer/charter/values", "Project charter", "Values", DiffKind.Changed, "Worker voice first", "Worker voice, always"),
            new("answer/charter/vision", "Project charter", "Vision", DiffKind.Added, null, "Every care job pays a living wage"),
            new("canvas/1", "Job Quality Canvas", "Key Strategies", DiffKind.Removed, "Fair scheduling pledge", null),
        ];

        var view = Render<ContentDiffView>(p => p
            .Add(x => x.Differences, differences)
            .Add(x => x.BeforeCaption, "In the snapshot")
            .Add(x => x.AfterCaption, "Now"));

        view.Markup.ShouldContain("1 added, 1 removed, 1 changed.");
        view.FindAll("h3").Select(h => h.TextContent).ShouldBe(["Project charter", "Job Quality Canvas"]);
        var changed = view.Find("li[data-kind='Changed']");
        changed.TextContent.ShouldContain("Changed");
        changed.QuerySelector("del")!.TextContent.ShouldBe("Worker voice first");
        changed.QuerySelector("ins")!.TextContent.ShouldBe("Worker voice, always");
        changed.TextContent.ShouldContain("In the snapshot:");
        changed.TextContent.ShouldContain("Now:");
        var added = view.Find("li[data-kind='Added']");
        added.TextContent.ShouldContain("Added");
        added.QuerySelector("del").ShouldBeNull();
        var removed = view.Find("li[data-kind='Removed']");
        removed.TextContent.ShouldContain("Removed");
        removed.ClassList.ShouldContain("diff-removed");
        removed.QuerySelector("ins").ShouldBeNull();
    }

    [Fact]
    public void NoDifferences_SaysSo()
    {
        var view = Render<ContentDiffView>(p => p
            .Add(x => x.Differences, Array.Empty<DiffEntry>())
            .Add(x => x.NoDifferencesText, "Nothing has changed since this snapshot was taken."));

        view.Find("[data-test='no-differences']").TextContent.ShouldContain("Nothing has changed since this snapshot was taken.");
        view.FindAll("li").ShouldBeEmpty();
    }
}
