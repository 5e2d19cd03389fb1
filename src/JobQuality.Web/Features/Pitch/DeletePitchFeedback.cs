using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Pitch;

/// <summary>Deletes a piece of feedback from the version the user saw. A canvas change it already made stays on the canvas.</summary>
public static class DeletePitchFeedback
{
    public sealed record Command(Guid PlanId, Guid FeedbackId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<PitchFeedbackView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<PitchFeedbackView>.NotFound();
            var feedback = await db.PitchFeedback.FirstOrDefaultAsync(f => f.Id == command.FeedbackId && f.PlanId == command.PlanId, ct);
            if (feedback is null) return Outcome<PitchFeedbackView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<PitchFeedbackView>.NotAllowed();
            if (feedback.Version != command.Version) return Outcome<PitchFeedbackView>.Conflict(PitchFeedbackView.From(feedback, null));

            db.Entry(feedback).Property(f => f.Version).OriginalValue = command.Version;
            return await dbFactory.DeleteOrConflictAsync(db, feedback, f => f.Id == command.FeedbackId, f => PitchFeedbackView.From(f, null), ct);
        }
    }
}
