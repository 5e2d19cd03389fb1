using FluentValidation;
using JobQuality.Core.Pitch;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Pitch;

/// <summary>Records that the team pitched its canvas to an audience on a date, optionally naming the snapshot it showed.</summary>
public static class AddPitchSession
{
    /// <summary>Settable, so the "Record a pitch" form binds to it and validates with the handler's rules.</summary>
    public sealed class Command
    {
        public Guid PlanId { get; set; }
        public string Audience { get; set; } = "";
        public DateOnly? HeldOn { get; set; }
        public Guid? SnapshotId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Audience).IsAnAudience();
            RuleFor(c => c.HeldOn).NotNull().WithMessage("Give the date of the pitch (an estimate is fine).");
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<PitchSessionView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<PitchSessionView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<PitchSessionView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<PitchSessionView>.Invalid(validation);
            if (command.SnapshotId is { } snapshotId && !await SnapshotOfPlanAsync(db, command.PlanId, snapshotId, ct))
            {
                return Outcome<PitchSessionView>.Invalid(nameof(Command.SnapshotId), SnapshotMessage);
            }

            var session = new PitchSession
            {
                PlanId = command.PlanId,
                Audience = command.Audience.Trim(),
                HeldOn = command.HeldOn!.Value,
                SnapshotId = command.SnapshotId,
            };
            db.PitchSessions.Add(session);
            await db.SaveChangesAsync(ct);
            return Outcome<PitchSessionView>.Ok(PitchSessionView.From(session));
        }
    }

    internal const string SnapshotMessage = "Choose one of this plan's snapshots, or none.";

    internal static Task<bool> SnapshotOfPlanAsync(AppDbContext db, Guid planId, Guid snapshotId, CancellationToken ct) =>
        db.PlanSnapshots.AnyAsync(s => s.Id == snapshotId && s.PlanId == planId, ct);
}
