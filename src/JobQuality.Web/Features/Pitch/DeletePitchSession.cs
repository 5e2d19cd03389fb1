using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Pitch;

/// <summary>
/// Deletes a session and its feedback, from the version the user saw. Changes the feedback already made to the canvas stay
/// on the canvas (they lose their "from pitch feedback" marker). Each deleted piece of feedback is kept in the history.
/// </summary>
public static class DeletePitchSession
{
    public sealed record Command(Guid PlanId, Guid SessionId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<PitchSessionView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<PitchSessionView>.NotFound();
            var session = await db.PitchSessions.FirstOrDefaultAsync(s => s.Id == command.SessionId && s.PlanId == command.PlanId, ct);
            if (session is null) return Outcome<PitchSessionView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<PitchSessionView>.NotAllowed();
            if (session.Version != command.Version) return Outcome<PitchSessionView>.Conflict(PitchSessionView.From(session));

            db.Entry(session).Property(s => s.Version).OriginalValue = command.Version;
            // Removed through the change tracker rather than by the database's cascade, so the history records each one.
            db.PitchFeedback.RemoveRange(await db.PitchFeedback.Where(f => f.SessionId == session.Id).ToListAsync(ct));
            return await dbFactory.DeleteOrConflictAsync(db, session, s => s.Id == command.SessionId, PitchSessionView.From, ct);
        }
    }
}
