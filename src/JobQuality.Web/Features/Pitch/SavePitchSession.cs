using FluentValidation;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Pitch;

/// <summary>
/// Saves a session from the version the user started with. Fields come as text (the date as yyyy-MM-dd, the snapshot as an
/// id or empty). If someone else saved the session in between, nothing is written and their version comes back.
/// </summary>
public static class SavePitchSession
{
    public sealed record Command(Guid PlanId, Guid SessionId, uint Version, string Audience, string HeldOn, string SnapshotId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Audience).IsAnAudience();
            RuleFor(c => c.HeldOn).Must(d => PitchFields.ParseDate(d) is not null).WithMessage("Give the date of the pitch, e.g. 2027-01-14.");
            RuleFor(c => c.SnapshotId).Must(s => s.Length == 0 || Guid.TryParse(s, out _)).WithMessage(AddPitchSession.SnapshotMessage);
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<PitchSessionView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<PitchSessionView>.NotFound();
            var session = await db.PitchSessions.FirstOrDefaultAsync(s => s.Id == command.SessionId && s.PlanId == command.PlanId, ct);
            if (session is null) return Outcome<PitchSessionView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<PitchSessionView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<PitchSessionView>.Invalid(validation);
            if (session.Version != command.Version) return Outcome<PitchSessionView>.Conflict(PitchSessionView.From(session));

            Guid? snapshot = command.SnapshotId.Length == 0 ? null : Guid.Parse(command.SnapshotId);
            if (snapshot is { } snapshotId && !await AddPitchSession.SnapshotOfPlanAsync(db, command.PlanId, snapshotId, ct))
            {
                return Outcome<PitchSessionView>.Invalid(PitchFields.SnapshotId, AddPitchSession.SnapshotMessage);
            }

            db.Entry(session).Property(s => s.Version).OriginalValue = command.Version;
            session.Audience = command.Audience.Trim();
            session.HeldOn = PitchFields.ParseDate(command.HeldOn)!.Value;
            session.SnapshotId = snapshot;
            return await dbFactory.SaveOrConflictAsync(db, session, s => s.Id == command.SessionId, PitchSessionView.From, ct);
        }
    }
}
