using JobQuality.Core.Common;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Comments;

public static class CommentEndpoints
{
    public sealed record NewThreadBody(string? Anchor, string? Body);

    public sealed record CommentBodyInput(string? Body);

    public sealed record EditBody(uint Version, string? Body);

    public sealed record StatusBody(uint Version, string? Note);

    public static void MapCommentEndpoints(this RouteGroupBuilder api)
    {
        var comments = api.MapGroup("/plans/{planId:guid}/comments");

        comments.MapGet("", async (Guid planId, string? status, string? anchor, ListThreads.Handler handler, CancellationToken ct) =>
        {
            var filter = status is null ? ThreadFilter.Open : EnumNames.Parse<ThreadFilter>(status);
            if (filter is null) return Outcome<ThreadsView>.Invalid("status", "Use open, resolved or all.").ToHttpResult();
            return (await handler.HandleAsync(new ListThreads.Query(planId, filter.Value, anchor), ct)).ToHttpResult();
        })
            .Answers<ThreadsView>("List a plan's comment threads (?status=open|resolved|all, default open; ?anchor= one element's key)").OrInvalid();

        comments.MapGet("/counts", async (Guid planId, CountsByAnchor.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<IReadOnlyList<AnchorCount>>("Count open and resolved threads per element of a plan (for badges)");

        comments.MapGet("/members", async (Guid planId, ListMentionableMembers.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, ct)).ToHttpResult())
            .Answers<IReadOnlyList<MemberView>>("List the people a comment on this plan may mention");

        comments.MapPost("", async (Guid planId, NewThreadBody body, StartThread.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new StartThread.Command(planId, body.Anchor ?? "", body.Body ?? ""), ct)).ToHttpResult())
            .Edits<ThreadView>("Start a thread on an element of the plan (anchor, body; mentions as @[Name](user-id))").OrTooMany();

        comments.MapGet("/{threadId:guid}", async (Guid planId, Guid threadId, ReadThread.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(planId, threadId, ct)).ToHttpResult())
            .Answers<ThreadView>("Read one thread with its comments");

        comments.MapPost("/{threadId:guid}/messages", async (Guid planId, Guid threadId, CommentBodyInput body, Reply.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new Reply.Command(planId, threadId, body.Body ?? ""), ct)).ToHttpResult())
            .Edits<ThreadView>("Reply to a thread").OrTooMany();

        comments.MapPut("/{threadId:guid}/messages/{commentId:guid}", async (Guid planId, Guid threadId, Guid commentId, EditBody body,
            EditComment.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new EditComment.Command(planId, threadId, commentId, body.Version, body.Body ?? ""), ct)).ToHttpResult())
            .Edits<ThreadView>("Change your own comment within 15 minutes of posting it (the earlier wording is kept)").OrConflict<ThreadView>();

        comments.MapDelete("/{threadId:guid}/messages/{commentId:guid}", async (Guid planId, Guid threadId, Guid commentId, uint version,
            DeleteComment.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteComment.Command(planId, threadId, commentId, version), ct)).ToHttpResult())
            .Answers<ThreadView>("Delete your own comment (?version= the one you read); a tombstone stays in the thread")
            .OrForbidden().OrConflict<ThreadView>();

        comments.MapPost("/{threadId:guid}/resolve", async (Guid planId, Guid threadId, StatusBody body, ResolveThread.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ResolveThread.Command(planId, threadId, body.Version, body.Note), ct)).ToHttpResult())
            .Edits<ThreadView>("Resolve a thread, with an optional note").OrConflict<ThreadView>();

        comments.MapPost("/{threadId:guid}/reopen", async (Guid planId, Guid threadId, StatusBody body, ReopenThread.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ReopenThread.Command(planId, threadId, body.Version, body.Note), ct)).ToHttpResult())
            .Edits<ThreadView>("Reopen a resolved thread, with an optional note").OrConflict<ThreadView>();
    }
}
