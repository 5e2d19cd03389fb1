using JobQuality.Data;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Pitch;

/// <summary>A plan's pitch sessions (newest first) with their feedback, the snapshots a session can point at, and the canvas items feedback can change.</summary>
public static class GetPitchFeedback
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<PitchFeedbackPageView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<PitchFeedbackPageView>.NotFound();

            var sessions = await db.PitchSessions.AsNoTracking().Where(s => s.PlanId == planId)
                .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id).ToListAsync(ct);
            var feedback = await db.PitchFeedback.AsNoTracking().Where(f => f.PlanId == planId)
                .OrderBy(f => f.Dimension).ThenBy(f => f.Id).ToListAsync(ct);
            var items = await db.CanvasItems.AsNoTracking().Where(i => i.PlanId == planId).InOrder().ToListAsync(ct);
            var snapshots = await db.PlanSnapshots.AsNoTracking().Where(s => s.PlanId == planId)
                .OrderByDescending(s => s.TakenAt).Select(s => new SnapshotChoice(s.Id, s.Name, s.TakenAt)).ToListAsync(ct);

            var itemsById = items.ToDictionary(i => i.Id);
            var view = new PitchFeedbackPageView(
                sessions.Select(s => new PitchSessionWithFeedback(PitchSessionView.From(s),
                    feedback.Where(f => f.SessionId == s.Id)
                        .Select(f => PitchFeedbackView.From(f, f.AppliedItemId is { } id ? itemsById.GetValueOrDefault(id) : null))
                        .ToList())).ToList(),
                snapshots,
                items.OrderBy(i => Core.Canvas.CanvasSquares.InFillOrder.ToList().FindIndex(s => s.Square == i.Square))
                    .Select(CanvasItemView.From).ToList());
            return Outcome<PitchFeedbackPageView>.Ok(view);
        }
    }
}
