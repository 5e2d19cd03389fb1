using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Challenges;
using JobQuality.Core.Pitch;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Workbook;

/// <summary>
/// Where each plan stands on each tool, worked out from what has been filled in (nobody has to tick "done"):
/// a form tool is done when every question has an answer, the team when it is balanced, the value proposition when
/// its sentence is complete, the canvas when it has a mission and an item in every square, pitch feedback once some of it
/// reached the canvas, the challenges register when enough challenges each have a response and an owner, the action plan when it has steps
/// and every step has one Accountable and at least one Responsible.
/// </summary>
public static class JourneyProgress
{
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, ToolProgress>>> ForPlansAsync(
        AppDbContext db, IReadOnlyCollection<Guid> planIds, CancellationToken ct = default)
    {
        var answers = await db.WorkbookAnswers.AsNoTracking()
            .Where(a => planIds.Contains(a.PlanId) && a.Text != "")
            .Select(a => new { a.PlanId, a.ToolKey, a.FieldKey }) // which questions are answered, not the (long) answers
            .ToListAsync(ct);
        var needs = await db.DataNeeds.AsNoTracking().Where(n => planIds.Contains(n.PlanId))
            .Select(n => new { n.PlanId, n.Purpose }).Distinct().ToListAsync(ct);
        var differences = await db.KeyDifferences.AsNoTracking().Where(d => planIds.Contains(d.PlanId))
            .GroupBy(d => d.PlanId).Select(g => new { PlanId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var indicators = await db.SuccessIndicators.AsNoTracking().Where(i => planIds.Contains(i.PlanId))
            .Select(i => new { i.PlanId, i.KeyDifferenceId, i.Kind, i.Id }).ToListAsync(ct);
        var steps = await db.FirstSteps.AsNoTracking().Where(s => planIds.Contains(s.PlanId))
            .GroupBy(s => s.PlanId).Select(g => new { PlanId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var picked = await db.WorkbookAnswers.AsNoTracking() // the charge's picked indicators: a short list of ids
            .Where(a => planIds.Contains(a.PlanId) && a.ToolKey == OurCharge.ToolKey && a.FieldKey == OurCharge.IndicatorsField)
            .Select(a => new { a.PlanId, a.Text }).ToListAsync(ct);
        var propositions = await db.ValuePropositions.AsNoTracking().Where(v => planIds.Contains(v.PlanId)).ToListAsync(ct);
        var members = await db.TeamMembers.AsNoTracking().Where(m => planIds.Contains(m.PlanId)).ToListAsync(ct);
        var squares = await db.CanvasItems.AsNoTracking()
            .Where(i => planIds.Contains(i.PlanId))
            .Select(i => new { i.PlanId, i.Square })
            .Distinct()
            .ToListAsync(ct);
        var sessions = await db.PitchSessions.AsNoTracking().Where(s => planIds.Contains(s.PlanId)).Select(s => s.PlanId).ToListAsync(ct);
        var feedback = await db.PitchFeedback.AsNoTracking().Where(f => planIds.Contains(f.PlanId))
            .Select(f => new { f.PlanId, Applied = f.AppliedItemId != null }).ToListAsync(ct);
        var challenges = await db.Challenges.AsNoTracking().Where(c => planIds.Contains(c.PlanId))
            .Select(c => new { c.PlanId, HasResponse = c.Response != "", HasOwner = c.OwnerMemberId != null }).ToListAsync(ct);
        var strategies = await db.Strategies.AsNoTracking().Where(s => planIds.Contains(s.PlanId)).Select(s => s.PlanId).ToListAsync(ct);
        var actionSteps = await db.ActionSteps.AsNoTracking().Where(s => planIds.Contains(s.PlanId))
            .Select(s => new { s.PlanId, s.Id, s.Description }).ToListAsync(ct);
        var cells = await db.RaciCells.AsNoTracking().Where(c => planIds.Contains(c.PlanId))
            .Select(c => new { c.PlanId, Cell = new RaciAssignment(c.StepId, c.MemberId, c.Role) }).ToListAsync(ct);

        var result = new Dictionary<Guid, IReadOnlyDictionary<string, ToolProgress>>();
        foreach (var planId in planIds)
        {
            var planAnswers = answers.Where(a => a.PlanId == planId).ToList();
            List<string> AnsweredIn(string tool) => planAnswers.Where(a => a.ToolKey == tool).Select(a => a.FieldKey).ToList();
            var proposition = propositions.FirstOrDefault(v => v.PlanId == planId);
            var team = members.Where(m => m.PlanId == planId).ToList();

            result[planId] = new Dictionary<string, ToolProgress>
            {
                [Foundations.ToolKey] = Foundations.Form.Progress(AnsweredIn(Foundations.ToolKey)),
                [PlanningJourney.TeamToolKey] = team.Count == 0 ? ToolProgress.NotStarted
                    : TeamBalance.Of(team).IsBalanced ? ToolProgress.Done : ToolProgress.InProgress,
                [ProjectCharter.ToolKey] = ProjectCharter.Form.Progress(AnsweredIn(ProjectCharter.ToolKey)),
                [PlanningJourney.ValuePropositionToolKey] = proposition?.Progress ?? ToolProgress.NotStarted,
                [JobQualityCanvas.ToolKey] = JobQualityCanvas.Progress(
                    AnsweredIn(JobQualityCanvas.ToolKey).Contains(JobQualityCanvas.MissionField),
                    squares.Where(s => s.PlanId == planId).Select(s => s.Square)),
                [PitchFeedbackTool.ToolKey] = PitchFeedbackTool.Progress(
                    sessions.Count(s => s == planId), feedback.Count(f => f.PlanId == planId), feedback.Count(f => f.PlanId == planId && f.Applied)),
                [ChallengeLibrary.ToolKey] = ChallengeLibrary.Progress(
                    challenges.Where(c => c.PlanId == planId).Select(c => (c.HasResponse, c.HasOwner)).ToList()),
                [ActionPlanTool.ToolKey] = ActionPlanProgress(planId),
                [DataWorksheets.ToolKey] = DataWorksheets.Progress(
                    AnsweredIn(DataWorksheets.ToolKey), needs.Where(n => n.PlanId == planId).Select(n => n.Purpose),
                    differences.FirstOrDefault(d => d.PlanId == planId)?.Count ?? 0,
                    indicators.Where(i => i.PlanId == planId).Select(i => (i.KeyDifferenceId, i.Kind))),
                [OurCharge.ToolKey] = OurCharge.Progress(
                    AnsweredIn(OurCharge.ToolKey).ToDictionary(k => k, _ => "answered"), (proposition?.Progress ?? ToolProgress.NotStarted) != ToolProgress.NotStarted,
                    steps.FirstOrDefault(s => s.PlanId == planId)?.Count ?? 0,
                    OurCharge.ParseIndicators(picked.FirstOrDefault(p => p.PlanId == planId)?.Text ?? "")
                        .Count(id => indicators.Any(i => i.Id == id && i.PlanId == planId))),
                [Governance.ToolKey] = Governance.Form.Progress(AnsweredIn(Governance.ToolKey)),
            };
        }
        return result;

        ToolProgress ActionPlanProgress(Guid planId)
        {
            var planSteps = actionSteps.Where(s => s.PlanId == planId).Select(s => (s.Id, s.Description)).ToList();
            var problems = RaciMatrix.Check(planSteps, cells.Where(c => c.PlanId == planId).Select(c => c.Cell));
            return ActionPlanTool.Progress(strategies.Count(s => s == planId), planSteps.Count, problems.Count);
        }
    }

    public static async Task<IReadOnlyDictionary<string, ToolProgress>> ForPlanAsync(AppDbContext db, Guid planId, CancellationToken ct = default) =>
        (await ForPlansAsync(db, [planId], ct))[planId];

    public static string Describe(this ToolProgress progress) => progress switch
    {
        ToolProgress.Done => "Done",
        ToolProgress.InProgress => "In progress",
        _ => "Not started",
    };
}
