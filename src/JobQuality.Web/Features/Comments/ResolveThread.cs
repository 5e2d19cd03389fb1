using FluentValidation;
using JobQuality.Core.Comments;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>
/// Marks a thread resolved, or reopens it, with an optional note, from the version the caller read. Anyone who can
/// comment on the plan may do either. If someone changed the thread since (a reply, or resolved it first), nothing is
/// written and the thread as it is now comes back.
/// </summary>
public static class ResolveThread
{
    public sealed record Command(Guid PlanId, Guid ThreadId, uint Version, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).IsANote().OverridePropertyName(CommentFields.Note);
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, TimeProvider clock)
    {
        public Task<Outcome<ThreadView>> HandleAsync(Command command, CancellationToken ct = default) =>
            ThreadStatusChange.ApplyAsync(dbFactory, access, clock, command.PlanId, command.ThreadId, command.Version,
                () => validator.ValidateAsync(command, ct), CommentThreadStatus.Resolved,
                (thread, userId, now) => thread.Resolve(userId, now, command.Note), ct);
    }
}
