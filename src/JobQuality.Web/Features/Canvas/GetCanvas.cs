using JobQuality.Core.Canvas;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Canvas;

/// <summary>Everything the canvas page shows, read in one go.</summary>
public static class GetCanvas
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<CanvasView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            if (found is null) return Outcome<CanvasView>.NotFound();

            var mission = await db.WorkbookAnswers.AsNoTracking().FirstOrDefaultAsync(
                a => a.PlanId == planId && a.ToolKey == JobQualityCanvas.ToolKey && a.FieldKey == JobQualityCanvas.MissionField, ct);
            var proposition = await db.ValuePropositions.AsNoTracking().FirstOrDefaultAsync(v => v.PlanId == planId, ct);
            var items = await db.CanvasItems.AsNoTracking().Where(i => i.PlanId == planId).InOrder().ToListAsync(ct);
            var origins = await db.PitchFeedback.AsNoTracking()
                .Where(f => f.PlanId == planId && f.AppliedItemId != null)
                .Join(db.PitchSessions, f => f.SessionId, s => s.Id, (f, s) => new CanvasItemOrigin(f.AppliedItemId!.Value, f.Id, s.Audience, s.HeldOn))
                .ToListAsync(ct);

            var squares = CanvasSquares.InFillOrder
                .Select(s => new CanvasSquareView(s.Square, s.Title, s.Guidance, s.FillOrder,
                    items.Where(i => i.Square == s.Square).Select(CanvasItemView.From).ToList()))
                .ToList();
            return Outcome<CanvasView>.Ok(new CanvasView(
                planId, found.Plan.TeamName, found.Plan.Region,
                mission is null
                    ? new AnswerView(JobQualityCanvas.MissionField, "", 0, null)
                    : new AnswerView(mission.FieldKey, mission.Text, mission.Version, mission.UpdatedAt),
                HasContent(proposition) ? proposition!.Sentence() : null,
                squares,
                origins.OrderBy(o => o.HeldOn).ThenBy(o => o.FeedbackId).ToList()));
        }

        /// <summary>A value proposition nobody has filled in reads as nothing but prompts: not worth showing.</summary>
        private static bool HasContent(Core.Workbook.ValueProposition? proposition) =>
            proposition is not null && proposition.Sentence() != new Core.Workbook.ValueProposition().Sentence();
    }
}
