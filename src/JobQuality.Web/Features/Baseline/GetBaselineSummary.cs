using JobQuality.Core.Scoring.Summary;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// The baseline summary of the organization's scored placements (the <c>summary</c> of SCORING.md, with the same
/// filters and breakdowns as <c>jobquality baseline</c>), suppressed with the organization's minimum cell size. Partners
/// may read it: it holds group counts only, never a placement.
/// </summary>
public static class GetBaselineSummary
{
    /// <param name="MinCell">A larger minimum cell size than the organization's, if wanted; never a smaller one.</param>
    public sealed record Query(string OrganizationSlug, BaselineFilter Filter, IReadOnlyList<string> By, int? MinCell = null);

    /// <summary>The figures, or why they are withheld (<see cref="Figures"/> is then null).</summary>
    public sealed record Result(BaselineFigures? Figures, int MinCell, string? Withheld);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindOrganizationAsync(db, query.OrganizationSlug, ct);
            if (organization is null) return Outcome<Result>.NotFound();
            if (query.By.FirstOrDefault(c => !Breakdowns.Exists(c)) is { } unknown)
            {
                return Outcome<Result>.Invalid("by", Breakdowns.UnknownColumnMessage(unknown));
            }
            var boardMinimum = await db.Organizations.Where(o => o.Id == organization.OrganizationId).Select(o => o.MinCellSize).SingleAsync(ct);
            var minCell = Math.Max(boardMinimum, query.MinCell ?? boardMinimum);

            var figures = await BaselineQuery.GetAsync(db, organization.OrganizationId, query.Filter, query.By, minCell, ct);
            if (figures is null) return Outcome<Result>.Ok(new Result(null, minCell, "The placements have not been scored yet: publish standards and import placements first."));
            // The dashboard's rule: a small filtered total, or a program or county withheld in its own breakdown.
            var withheld = await GetBaseline.Handler.WithheldReasonAsync(db, organization.OrganizationId, query.Filter, figures, null, minCell, ct);
            return Outcome<Result>.Ok(withheld is null ? new Result(figures, minCell, null) : new Result(null, minCell, withheld));
        }
    }
}
