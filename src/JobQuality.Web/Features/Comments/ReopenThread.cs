using FluentValidation;
using JobQuality.Core.Comments;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Comments;

/// <summary>Reopens a resolved thread, with an optional note saying why.</summary>
public static class ReopenThread
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
                () => validator.ValidateAsync(command, ct), CommentThreadStatus.Open,
                (thread, userId, now) => thread.Reopen(userId, now, command.Note), ct);
    }
}
