using JobQuality.Core.Workbook;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Workbook;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Charge;

/// <summary>Ad-Lib #2: the answers, the value proposition the charge starts from, the first steps and the indicators to pick from.</summary>
public static class GetCharge
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, GetWorkbookAnswers.Handler answers)
    {
        public async Task<Outcome<ChargeView>> HandleAsync(Guid planId, CancellationToken ct = default)
        {
            var form = await answers.HandleAsync(planId, OurCharge.ToolKey, ct);
            if (!form.IsOk) return Outcome<ChargeView>.NotFound();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<ChargeView>.NotFound();
            var proposition = await db.ValuePropositions.AsNoTracking().FirstOrDefaultAsync(v => v.PlanId == planId, ct);
            var steps = await db.FirstSteps.AsNoTracking().Where(s => s.PlanId == planId).InOrder().ToListAsync(ct);
            var differences = await db.KeyDifferences.AsNoTracking().Where(d => d.PlanId == planId)
                .OrderBy(d => d.Position).ThenBy(d => d.Id).ToListAsync(ct);
            var indicators = await db.SuccessIndicators.AsNoTracking().Where(i => i.PlanId == planId)
                .OrderBy(i => i.Kind).ThenBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
            var options = differences
                .SelectMany(d => indicators.Where(i => i.KeyDifferenceId == d.Id).Select(i => new IndicatorOption(i.Id, i.Kind, i.Text, d.Difference)))
                .ToList();

            var saved = form.Value!;
            var vpSentence = OurCharge.StartingCharge(proposition);
            var charge = saved[OurCharge.ChargeField].Text is { Length: > 0 } text ? text : vpSentence ?? "";
            var sentence = OurCharge.Compose(charge, steps.Select(s => s.Text), saved[OurCharge.ExcitedField].Text, saved[OurCharge.DifferentField].Text,
                ChargeView.Picked(saved[OurCharge.IndicatorsField].Text, options));
            return Outcome<ChargeView>.Ok(new ChargeView(planId, saved, vpSentence, steps.Select(FirstStepView.From).ToList(), options, sentence));
        }
    }
}

internal static class FirstStepOrder
{
    /// <summary>First steps in order; the id (time-ordered) breaks ties left by two people adding at once.</summary>
    public static IOrderedQueryable<FirstStep> InOrder(this IQueryable<FirstStep> steps) => steps.OrderBy(s => s.Position).ThenBy(s => s.Id);
}
