using JobQuality.Core.Comments;

namespace JobQuality.Core.Tests.Comments;

public sealed class CommentBodyTests
{
    [Fact]
    public void Render_ScriptTagsAndMarkup_StayText()
    {
        var segments = CommentBody.Render("<script>alert('x')</script> <b>bold</b> &amp;");

        segments.ShouldBe([new TextSegment("<script>alert('x')</script> <b>bold</b> &amp;")]);
    }

    [Fact]
    public void Render_LineBreaks_BecomeBreaks_WhateverTheirKind()
    {
        CommentBody.Render("one\ntwo\r\nthree\rfour").ShouldBe(
        [
            new TextSegment("one"), LineBreakSegment.Instance, new TextSegment("two"), LineBreakSegment.Instance,
            new TextSegment("three"), LineBreakSegment.Instance, new TextSegment("four"),
        ]);
        CommentBody.Render("a\n\nb").ShouldBe([new TextSegment("a"), LineBreakSegment.Instance, LineBreakSegment.Instance, new TextSegment("b")]);
    }

    [Fact]
    public void Render_WebAddresses_BecomeLinks_WithoutTheSentencesPunctuation()
    {
        CommentBody.Render("See https://www.dol.gov/good-jobs. Or (http://example.org/a_(b)), then stop.").ShouldBe(
        [
            new TextSegment("See "), new LinkSegment("https://www.dol.gov/good-jobs"), new TextSegment(". Or ("),
            new LinkSegment("http://example.org/a_(b)"), new TextSegment("), then stop."),
        ]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://files.example.org/x")]
    [InlineData("www.example.org")]
    [InlineData("https://")]
    public void Render_AnythingButHttpAddresses_StaysText(string text) =>
        CommentBody.Render(text).ShouldAllBe(s => s is TextSegment);

    [Fact]
    public void Render_LinkWithQuotesOrAngles_EndsThere()
    {
        CommentBody.Render("https://example.org/\"onmouseover=\"x <https://example.org/a>").ShouldBe(
        [
            new LinkSegment("https://example.org/"), new TextSegment("\"onmouseover=\"x <"), new LinkSegment("https://example.org/a"), new TextSegment(">"),
        ]);
    }

    [Fact]
    public void Render_Mentions_BecomeMentionsOfThePerson()
    {
        var body = $"Thanks {CommentBody.Token("u-1", "Ana Ruiz")}, see https://x.org\n{CommentBody.Token("u-2", "Kim")}!";

        CommentBody.Render(body).ShouldBe(
        [
            new TextSegment("Thanks "), new MentionSegment("u-1", "Ana Ruiz"), new TextSegment(", see "), new LinkSegment("https://x.org"),
            LineBreakSegment.Instance, new MentionSegment("u-2", "Kim"), new TextSegment("!"),
        ]);
    }

    [Fact]
    public void Mentions_FindsEachToken_AndIgnoresLookAlikes()
    {
        var body = $"{CommentBody.Token("u-1", "Ana")} @Kim @[Broken](has spaces) [x](u-3) {CommentBody.Token("u-1", "Ana")}";

        CommentBody.Mentions(body).ShouldBe([new Mention("u-1", "Ana"), new Mention("u-1", "Ana")]);
    }

    [Fact]
    public void Token_DropsCharactersThatWouldBreakIt()
    {
        CommentBody.Token("u-1", "Ana [the] Great\n").ShouldBe("@[Ana the Great](u-1)");
        CommentBody.Mentions(CommentBody.Token("u-1", "Ana [the] Great")).ShouldBe([new Mention("u-1", "Ana the Great")]);
    }

    [Fact]
    public void Editable_ShowsNames_AndTurnsPickedNamesBackIntoTokens()
    {
        var ana = new Mention("u-1", "Ana");
        var anaMaria = new Mention("u-2", "Ana Maria");

        var body = CommentBody.FromEditable("@Ana Maria and @Ana, not email@Ana or @Anabel or @Kim.", [ana, anaMaria]);
        var (text, mentions) = CommentBody.ToEditable(body);

        body.ShouldBe("@[Ana Maria](u-2) and @[Ana](u-1), not email@Ana or @Anabel or @Kim.");
        text.ShouldBe("@Ana Maria and @Ana, not email@Ana or @Anabel or @Kim.");
        mentions.ShouldBe([anaMaria, ana]);
        CommentBody.PlainText(body).ShouldBe(text);
    }
}
