using JobQuality.Core.Comments;

namespace JobQuality.Core.Tests.Comments;

public sealed class CommentTests
{
    private static readonly DateTimeOffset Posted = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static Comment Posting(string body = "First wording") => new() { AuthorId = "author", Body = body, CreatedAt = Posted };

    [Theory]
    [InlineData(0, true)]
    [InlineData(14 * 60 + 59, true)]
    [InlineData(15 * 60, true)]
    [InlineData(15 * 60 + 1, false)]
    [InlineData(3600, false)]
    public void OnlyTheAuthor_EditsWithinFifteenMinutes(int secondsLater, bool editable)
    {
        var comment = Posting();
        var now = Posted.AddSeconds(secondsLater);

        comment.CanBeEditedBy("author", now).ShouldBe(editable);
        comment.CanBeEditedBy("someone-else", now).ShouldBeFalse();
        comment.CanBeEditedBy(null, now).ShouldBeFalse();
        comment.EditableUntil.ShouldBe(Posted.AddMinutes(15));
    }

    [Fact]
    public void Edit_KeepsEachEarlierWording_AndFollowsTheMentions()
    {
        var comment = Posting();
        comment.SetMentions(["u-1"]);

        comment.Edit("Second", ["u-2", "u-2"], Posted.AddMinutes(1));
        comment.Edit("Third", ["u-2"], Posted.AddMinutes(2));

        comment.Body.ShouldBe("Third");
        comment.EditedAt.ShouldBe(Posted.AddMinutes(2));
        comment.Edits.Select(e => e.Body).ShouldBe(["First wording", "Second"]);
        comment.Mentions.Select(m => m.UserId).ShouldBe(["u-2"]);
    }

    [Fact]
    public void Delete_RemovesTheWords_AndCannotBeEditedAfterwards()
    {
        var comment = Posting();
        comment.Edit("Second", ["u-1"], Posted.AddMinutes(1));

        comment.Delete(Posted.AddMinutes(2));

        comment.IsDeleted.ShouldBeTrue();
        comment.Body.ShouldBeEmpty();
        comment.Edits.ShouldBeEmpty();
        comment.Mentions.ShouldBeEmpty();
        comment.CanBeEditedBy("author", Posted.AddMinutes(3)).ShouldBeFalse();
    }

    [Fact]
    public void ResolveAndReopen_KeepWhoWhenAndWhy()
    {
        var thread = new CommentThread { Status = CommentThreadStatus.Open };

        thread.Resolve("kim", Posted, "  Done in the draft.  ");
        thread.Reopen("ana", Posted.AddHours(1), "   ");

        thread.Status.ShouldBe(CommentThreadStatus.Open);
        (thread.ResolvedBy, thread.ResolvedAt, thread.ResolutionNote).ShouldBe(("kim", Posted, "Done in the draft."));
        (thread.ReopenedBy, thread.ReopenedAt, thread.ReopenNote).ShouldBe(("ana", Posted.AddHours(1), (string?)null));
    }
}
