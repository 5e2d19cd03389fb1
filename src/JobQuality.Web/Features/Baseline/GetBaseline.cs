using JobQuality.Core.Baseline;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// The baseline dashboard of an organization: what the figures were measured with, the totals, the principles and
/// every breakdown for the filters chosen, with small groups withheld, and the goals with their progress. Coalition
/// partners read it too: it holds counts of groups only. When the filters leave fewer placements than the minimum cell
/// size, or name a program or county that is itself withheld, no figures are given at all.
/// </summary>
public static class GetBaseline
{
    public const int FilterValueMaxLength = BaselineGoal.GroupValueMaxLength;

    /// <param name="Slug">The organization (ignored when <paramref name="PlanId"/> is given).</param>
    /// <param name="PlanId">
    /// The plan the baseline is seen from (<c>plans/{id}/baseline</c>): the organization is the plan's, and the page offers
    /// the plan's comment threads on the baseline. Not found when the caller cannot open the plan.
    /// </param>
    public sealed record Query(
        string Slug, DateOnly? From = null, DateOnly? To = null, string? Program = null, string? County = null, Guid? PlanId = null)
    {
        public BaselineFilter Filter => new(From, To, Clean(Program), Clean(County));

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public sealed record Result(
        OrganizationAccess Organization, int MinCellSize, uint OrganizationVersion,
        bool HasPublishedStandards, bool HasPlacements, ScoringRunView? LatestRun,
        BaselineFilter Filter, ScoredWith? Source, BaselineView? View, string? WithheldReason,
        IReadOnlyList<string> Programs, IReadOnlyList<string> Counties, IReadOnlyList<GoalView> Goals,
        GetNavigation.PlanLink? Plan, IReadOnlyList<GetNavigation.PlanLink> Plans)
    {
        public bool CanEditGoals => Organization.Role.CanEditGoals();
        public bool CanSetMinCellSize => Organization.Role.CanSetMinCellSize();

        /// <summary>Staff, directors and administrators: they load placements and write standards; partners do not.</summary>
        public bool CanManageData => Organization.Role.SeesParticipantData();

        /// <summary>The placements have been scored at least once, so there are figures (or a reason they are withheld).</summary>
        public bool IsScored => Source is not null;
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var (organization, plan) = await FindAsync(db, query, ct);
            if (organization is null) return Outcome<Result>.NotFound();
            var filter = query.Filter;
            if (filter.From is { } from && filter.To is { } to && from > to)
            {
                return Outcome<Result>.Invalid(nameof(Query.From), "The start date is after the end date: choose dates in order.");
            }
            if (filter.Program?.Length > FilterValueMaxLength || filter.CountyFips?.Length > FilterValueMaxLength)
            {
                return Outcome<Result>.Invalid(nameof(Query.Program), $"A program or county is at most {FilterValueMaxLength} characters long.");
            }

            var settings = await db.Organizations.AsNoTracking().Where(o => o.Id == organization.OrganizationId)
                .Select(o => new { o.MinCellSize, o.Version }).SingleAsync(ct);
            var minCell = settings.MinCellSize;
            var orgId = organization.OrganizationId;
            var hasStandards = await db.StandardsVersions.AnyAsync(s => s.OrganizationId == orgId && s.Status == StandardsStatus.Published, ct);
            // Placements carry their organization as a shadow property (they are the scoring engine's own records).
            var hasPlacements = await db.Placements.AnyAsync(p => EF.Property<Guid>(p, "OrganizationId") == orgId, ct);
            var latestRun = await ScoringRunView.LatestAsync(db, orgId, ct);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

            var figures = await BaselineQuery.GetAsync(db, orgId, filter, BaselineWords.Columns, minCell, ct);
            var all = filter.IsEmpty ? figures : await BaselineQuery.GetAsync(db, orgId, BaselineFilter.All, BaselineWords.Columns, minCell, ct);
            var goals = await ListGoals.LoadAsync(db, orgId, all, minCell, today, ct);
            var plans = plan is null
                ? await access.VisiblePlans(db, organization).Where(p => p.ArchivedAt == null).OrderBy(p => p.Name)
                    .Select(p => new GetNavigation.PlanLink(p.Id, p.Name)).ToListAsync(ct)
                : [];
            if (figures is null)
            {
                return Outcome<Result>.Ok(new Result(organization, minCell, settings.Version, hasStandards, hasPlacements, latestRun,
                    filter, null, null, null, [], [], goals, plan, plans));
            }

            var source = await ScoredWith.LoadAsync(db, figures, ct);
            var withheld = await WithheldReasonAsync(db, orgId, filter, figures, all!, minCell, ct);
            var view = withheld is null ? BaselineView.From(figures) : BaselineView.Hidden;
            return Outcome<Result>.Ok(new Result(organization, minCell, settings.Version, hasStandards, hasPlacements, latestRun,
                filter, source, view, withheld, ShownGroups(all!, "program"), ShownGroups(all!, "county_fips"), goals, plan, plans));
        }

        /// <summary>The organization asked for, or the plan's (and the plan) when the baseline is seen from a plan.</summary>
        private async Task<(OrganizationAccess? Organization, GetNavigation.PlanLink? Plan)> FindAsync(AppDbContext db, Query query, CancellationToken ct)
        {
            if (query.PlanId is not { } planId) return (await access.FindBaselineAsync(db, query.Slug, ct), null);
            var found = await access.FindPlanAsync(db, planId, ct);
            return found is null ? (null, null) : (found.Organization, new GetNavigation.PlanLink(found.Plan.Id, found.Plan.Name));
        }

        /// <summary>
        /// Why no figure may be shown for these filters, or null. A filtered total under the minimum cell size is a small cell
        /// like any other (<see cref="BaselineFigures.IsWithheld"/>); and a program or county withheld in its breakdown stays
        /// withheld when it is chosen as a filter, or its size would show here (and with it, by subtraction from the
        /// total, the size of the group withheld beside it).
        /// </summary>
        /// <param name="all">The unfiltered figures with the program and county breakdowns, when the caller has them.</param>
        internal static async Task<string?> WithheldReasonAsync(
            AppDbContext db, Guid orgId, BaselineFilter filter, BaselineFigures figures, BaselineFigures? all, int minCell, CancellationToken ct)
        {
            if (figures.IsWithheld(filter, minCell)) return BaselineFigures.WithheldMessage(minCell);
            if (filter.Program is null && filter.CountyFips is null) return null;

            var datesOnly = new BaselineFilter(filter.From, filter.To);
            var context = datesOnly.IsEmpty && all is not null ? all : await BaselineQuery.GetAsync(db, orgId, datesOnly, ["program", "county_fips"], minCell, ct);
            if (context is null) return null;
            if (filter.Program is { } program && IsWithheld(context, "program", program))
            {
                return "This program is withheld in the breakdown by program (too few placements for these dates), so it cannot be shown on its own either.";
            }
            if (filter.CountyFips is { } county && IsWithheld(context, "county_fips", county))
            {
                return "This county is withheld in the breakdown by county (too few placements for these dates), so it cannot be shown on its own either.";
            }
            return null;
        }

        private static bool IsWithheld(BaselineFigures figures, string column, string group) =>
            figures.Summary.By.Single(b => b.Column == column).Groups
                .Any(g => g.Suppressed && string.Equals(g.Group, group, StringComparison.OrdinalIgnoreCase));

        private static List<string> ShownGroups(BaselineFigures figures, string column) =>
            figures.Summary.By.Single(b => b.Column == column).Shown().Select(g => g.Group).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }
}

/// <summary>A scoring run as the dashboard shows it: whether figures are about to change, and how far the run has got.</summary>
public sealed record ScoringRunView(
    Guid Id, ScoringRunStatus Status, string Reason, DateTimeOffset QueuedAt, DateTimeOffset? FinishedAt, int PercentDone, string? Problem)
{
    public bool IsActive => Status is ScoringRunStatus.Queued or ScoringRunStatus.Running;

    public static async Task<ScoringRunView?> LatestAsync(AppDbContext db, Guid organizationId, CancellationToken ct)
    {
        var run = await db.ScoringRuns.AsNoTracking().Where(r => r.OrganizationId == organizationId)
            .OrderByDescending(r => r.QueuedAt).FirstOrDefaultAsync(ct);
        return run is null ? null : new ScoringRunView(run.Id, run.Status, run.Reason, run.QueuedAt, run.FinishedAt, run.PercentDone, run.Problem);
    }
}
