using System.Globalization;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using JobQuality.Web.Features.ActionPlan;
using JobQuality.Web.Features.Baseline;
using JobQuality.Web.Features.Challenges;
using JobQuality.Web.Features.History;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Export;

/// <summary>
/// Words a plan's content into a <see cref="PlanReport"/>. No access checks here (the callers check: the export use case
/// for people, the command line for operators); the baseline is the organization's aggregate figures only, with small
/// groups withheld, never a placement.
/// </summary>
public static class PlanReportBuilder
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The report of the plan now, or of its snapshot named <paramref name="snapshotName"/>; null if the plan has
    /// no snapshot of that name (the plan itself must exist).</summary>
    public static async Task<PlanReport?> LoadAsync(AppDbContext db, Guid planId, string? snapshotName, DateTimeOffset now, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == plan.OrganizationId, ct);

        PlanContent content;
        string version;
        PlanSnapshot? snapshot = null;
        if (string.IsNullOrWhiteSpace(snapshotName))
        {
            content = await PlanContent.LoadAsync(db, planId, ct);
            version = $"The plan as it stood on {DateText(now)}";
        }
        else
        {
            var name = snapshotName.Trim();
            snapshot = await db.PlanSnapshots.AsNoTracking().Where(s => s.PlanId == planId && s.Name == name)
                .OrderByDescending(s => s.TakenAt).FirstOrDefaultAsync(ct);
            if (snapshot is null) return null;
            content = PlanContent.FromJson(snapshot.Content);
            var takenBy = await Snapshots.DisplayNameAsync(db, snapshot.TakenBy, ct);
            version = $"Snapshot “{snapshot.Name}”, taken on {DateText(snapshot.TakenAt)} by {takenBy}";
        }

        var approval = await db.ActionPlanApprovals.AsNoTracking().Where(a => a.PlanId == planId)
            .OrderByDescending(a => a.ApprovedAt).FirstOrDefaultAsync(ct);
        var isApprovedVersion = approval is not null && snapshot is not null && approval.SnapshotId == snapshot.Id;
        string? approvalText = approval is null
            ? null
            : isApprovedVersion
                ? $"Action plan approved by {approval.ApproverName} on {DateText(approval.ApprovedAt)}."
                : $"The action plan was approved by {approval.ApproverName} on {DateText(approval.ApprovedAt)} as snapshot “{approval.SnapshotName}”. " +
                  "This report shows another version, which may differ from what was approved.";
        if (approval is not null && !string.IsNullOrWhiteSpace(approval.Note)) approvalText += $" Note: {approval.Note}";

        var cover = new ReportCover(plan.Id, content.Plan.Name, content.Plan.TeamName, content.Plan.Region, content.Plan.Focus, organization.Name,
            now, DateText(now), version, snapshot?.Name, approvalText, isApprovedVersion, approval?.SnapshotId);
        var baseline = await BaselineAsync(db, organization.Id, organization.MinCellSize, ct);
        return Build(cover, content, DateOnly.FromDateTime(now.UtcDateTime), baseline);
    }

    /// <summary>The report of <paramref name="content"/>; steps due before <paramref name="today"/> and not done are overdue.</summary>
    public static PlanReport Build(ReportCover cover, PlanContent content, DateOnly today, ReportBaseline? baseline)
    {
        var answers = content.Answers.GroupBy(a => a.ToolKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(a => a.FieldKey, a => a.Text));
        IReadOnlyDictionary<string, string> AnswersOf(string tool) => answers.GetValueOrDefault(tool) ?? new Dictionary<string, string>();

        var proposition = content.ValueProposition is { } vp ? ToEntity(vp) : null;
        var sentence = proposition?.Sentence() ?? new Core.Workbook.ValueProposition().Sentence();
        return new PlanReport(
            cover,
            sentence,
            proposition is null ? [] : PropositionParts(proposition),
            FormParts(Foundations.Form, AnswersOf(Foundations.ToolKey)),
            Team(content),
            FormParts(ProjectCharter.Form, AnswersOf(ProjectCharter.ToolKey)),
            Blank(AnswersOf(JobQualityCanvas.ToolKey).GetValueOrDefault(JobQualityCanvas.MissionField)),
            CanvasSquares.InFillOrder.Select(info => new ReportCanvasSquare(info.Title, info.GridArea,
                content.CanvasItems.Where(i => i.Square == info.Square).OrderBy(i => i.Position).ThenBy(i => i.Id).Select(i => i.Text).ToList())).ToList(),
            Worksheets(content, AnswersOf(DataWorksheets.ToolKey)),
            Charge(content, AnswersOf(OurCharge.ToolKey), proposition),
            ActionPlan(content, today),
            FormParts(Governance.Form, AnswersOf(Governance.ToolKey)),
            Challenges(content),
            baseline);
    }

    public static string DateText(DateTimeOffset time) => time.UtcDateTime.ToString("MMMM d, yyyy", Us);

    private static string DateText(DateOnly date) => date.ToString("MMMM d, yyyy", Us);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Core.Workbook.ValueProposition ToEntity(PlanContent.Proposition vp) => new()
    {
        TargetCustomers = vp.TargetCustomers,
        PainPoints = vp.PainPoints,
        Aspirations = vp.Aspirations,
        Strategies = vp.Strategies,
        Levers = vp.Levers.ToList(),
    };

    private static List<ReportPair> PropositionParts(Core.Workbook.ValueProposition vp)
    {
        var parts = new List<ReportPair>();
        void Add(string label, string text)
        {
            if (!string.IsNullOrWhiteSpace(text)) parts.Add(new ReportPair(label, text.Trim()));
        }
        Add("Who the work helps", vp.TargetCustomers);
        Add("Pain points to reduce", vp.PainPoints);
        Add("Aspirations to achieve", vp.Aspirations);
        Add("Key strategies", vp.Strategies);
        Add("Levers", string.Join(", ", vp.Levers.Distinct().Order().Select(l => l.DisplayName())));
        return parts;
    }

    /// <summary>The form's parts with their answered questions; parts with no answer are left out.</summary>
    private static List<ReportFormPart> FormParts(WorkbookForm form, IReadOnlyDictionary<string, string> answers) =>
        form.Sections
            .Select(section => new ReportFormPart(section.Title, section.Fields
                .Where(f => f.Kind != FieldKind.Check && !string.IsNullOrWhiteSpace(answers.GetValueOrDefault(f.Key)))
                .Select(f => new ReportPair(f.Label, answers[f.Key].Trim())).ToList()))
            .Where(part => part.Answers.Count > 0)
            .ToList();

    private static ReportTeam Team(PlanContent content)
    {
        var names = content.TeamMembers.ToDictionary(m => m.Id, m => m.Name);
        var members = content.TeamMembers.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(m => new ReportTeamMember(m.Name, m.Organization, Words.Of(m.OrganizationalType), Words.Of(m.Persona), Words.Of(m.DecisionLevel),
                string.IsNullOrWhiteSpace(m.Role) ? "Not described yet" : m.Role,
                m.BackupMemberId is { } id ? names.GetValueOrDefault(id, "Someone no longer on the team") : "None yet"))
            .ToList();
        if (members.Count == 0) return new ReportTeam([], [], "Nobody has been added to the team yet.");

        var balance = TeamBalance.Of(content.TeamMembers.Select(m => new TeamMember
        {
            Id = m.Id,
            Name = m.Name,
            Persona = m.Persona,
            OrganizationalType = m.OrganizationalType,
            DecisionLevel = m.DecisionLevel,
            BackupMemberId = m.BackupMemberId,
        }).ToList());
        var findings = new List<string>();
        findings.AddRange(balance.MissingPersonas.Select(p => $"No {Words.Of(p.Persona).ToLowerInvariant()} on the team. {p.Risk}"));
        if (balance.MissingOrganizationalTypes.Count > 0)
            findings.Add($"No member comes from: {string.Join(", ", balance.MissingOrganizationalTypes.Select(t => Words.Of(t).ToLowerInvariant()))}.");
        if (balance.RolesWithoutBackup.Count > 0)
            findings.Add($"No backup named for: {string.Join(", ", balance.RolesWithoutBackup.Select(m => m.Name))}.");
        if (balance.MembersWithoutLineToDecisionMaker.Count > 0)
            findings.Add($"No line to a decision-maker: {string.Join(", ", balance.MembersWithoutLineToDecisionMaker.Select(m => m.Name))}.");
        var summary = balance.IsBalanced
            ? "The team is balanced: every persona and kind of organization is there, every role has a backup, and everyone has a line to a decision-maker."
            : $"{findings.Count} {(findings.Count == 1 ? "gap" : "gaps")} in the team's balance:";
        return new ReportTeam(members, findings, summary);
    }

    private static ReportWorksheets Worksheets(PlanContent content, IReadOnlyDictionary<string, string> answers)
    {
        var shifts = DataWorksheets.Shifts.Where(s => answers.GetValueOrDefault(s.CheckField) == DataWorksheets.Checked)
            .Select(s => new ReportPair($"From {s.From.ToLowerInvariant()} to {s.To.ToLowerInvariant()}",
                Blank(answers.GetValueOrDefault(s.NotesField)) ?? "Agreed."))
            .ToList();
        var needs = content.Needs.Where(n => !string.IsNullOrWhiteSpace(n.DataType)).OrderBy(n => n.Purpose).ThenBy(n => n.Position)
            .Select(n => new ReportDataRow(n.Purpose.Describe(), n.DataType,
                n.Availability == DataAvailability.HeldBy && n.Holder.Length > 0 ? $"{n.Availability.Describe()} ({n.Holder})" : n.Availability.Describe(),
                n.Location))
            .ToList();
        var differences = content.Differences.OrderBy(d => d.Position)
            .Select(d => new ReportDifference(KeyDifference.Sentence(d.Text, d.Evidence),
                content.SuccessIndicators.Where(i => i.DifferenceId == d.Id).OrderBy(i => i.Kind).ThenBy(i => i.Position)
                    .Select(i => new ReportPair(i.Kind.Describe(), i.Text)).ToList()))
            .ToList();
        var commitments = DataWorksheets.Form.Sections.Single(s => s.Key == "commitments").Fields
            .Where(f => !string.IsNullOrWhiteSpace(answers.GetValueOrDefault(f.Key)))
            .Select(f => new ReportPair(f.Label, answers[f.Key].Trim())).ToList();

        var gaps = DataGaps.Of(content.Needs.Select(n => new DataNeed
        {
            Id = n.Id,
            Purpose = n.Purpose,
            DataType = n.DataType,
            Availability = n.Availability,
            Holder = n.Holder,
            Location = n.Location,
            Position = n.Position,
        }));
        var groups = new List<ReportGapGroup>();
        if (gaps.Missing.Count > 0)
            groups.Add(new ReportGapGroup("Does not exist yet", "Create or collect it: a commitment of worksheet 3 can start here.", gaps.Missing.Select(n => n.DataType).ToList()));
        groups.AddRange(gaps.Held.Select(g => new ReportGapGroup($"Held by {g.Holder}", DataGaps.NextStep(g), g.Needs.Select(n => n.DataType).ToList())));
        if (gaps.NotChecked.Count > 0)
            groups.Add(new ReportGapGroup("Not checked yet", "Find out whether it exists and who holds it.", gaps.NotChecked.Select(n => n.DataType).ToList()));
        if (gaps.InHand.Count > 0)
            groups.Add(new ReportGapGroup("In hand", "The team has it: agree who keeps it up to date.", gaps.InHand.Select(n => n.DataType).ToList()));
        return new ReportWorksheets(shifts, needs, differences, commitments, groups);
    }

    private static ReportCharge Charge(PlanContent content, IReadOnlyDictionary<string, string> answers, Core.Workbook.ValueProposition? proposition)
    {
        // The charge starts as the value proposition sentence until the team rewrites it (as on the Ad-Lib #2 page).
        var charge = Blank(answers.GetValueOrDefault(OurCharge.ChargeField)) ?? OurCharge.StartingCharge(proposition) ?? "";
        var steps = content.Steps.OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => s.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var indicators = OurCharge.ParseIndicators(answers.GetValueOrDefault(OurCharge.IndicatorsField, ""))
            .Select(id => content.SuccessIndicators.FirstOrDefault(i => i.Id == id)?.Text).OfType<string>().ToList();
        var excited = answers.GetValueOrDefault(OurCharge.ExcitedField, "");
        var different = answers.GetValueOrDefault(OurCharge.DifferentField, "");
        var isEmpty = new[] { charge, excited, different }.All(string.IsNullOrWhiteSpace) && steps.Count == 0 && indicators.Count == 0;
        return new ReportCharge(OurCharge.Compose(charge, steps, excited, different, indicators), steps, indicators, isEmpty);
    }

    private static ReportActionPlan ActionPlan(PlanContent content, DateOnly today)
    {
        var plan = content.ActionPlan ?? new PlanContent.ActionPlanContent([], [], [], []);
        var members = content.TeamMembers.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var strategies = plan.Strategies.OrderBy(s => s.Position).ThenBy(s => s.Id).ToList();
        var numbers = new Dictionary<Guid, string>();
        var ordered = new List<PlanContent.StepContent>();
        for (var i = 0; i < strategies.Count; i++)
        {
            var steps = plan.Steps.Where(s => s.StrategyId == strategies[i].Id).OrderBy(s => s.Position).ThenBy(s => s.Id).ToList();
            for (var j = 0; j < steps.Count; j++) numbers[steps[j].Id] = $"{i + 1}.{j + 1}";
            ordered.AddRange(steps);
        }
        var dependencies = new StepDependencies(plan.Waits.Where(w => numbers.ContainsKey(w.StepId) && numbers.ContainsKey(w.DependsOnStepId))
            .Select(w => new StepDependency(w.StepId, w.DependsOnStepId)));
        var chokepoints = dependencies.Chokepoints();
        var waitingCounts = dependencies.WaitingCounts();
        var canvasItems = content.CanvasItems.ToDictionary(i => i.Id, i => i.Text);
        var indicators = content.SuccessIndicators.ToDictionary(i => i.Id, i => i.Text);
        bool Overdue(PlanContent.StepContent s) => s.TargetDate is { } date && date < today && s.Status != StepStatus.Done;
        List<string> WaitsOn(Guid step) => dependencies.DependsOn(step).Select(id => numbers[id]).Order(StringComparer.Ordinal).ToList();

        ReportStep Step(PlanContent.StepContent s)
        {
            var details = new List<ReportPair>();
            void Add(string field, string? text)
            {
                if (!string.IsNullOrWhiteSpace(text)) details.Add(new ReportPair(StepFields.Labels[field], text.Trim()));
            }
            Add(StepFields.ResponsibleParties, s.ResponsibleParties);
            Add(StepFields.InternalResources, s.InternalResources);
            Add(StepFields.ExternalResources, s.ExternalResources);
            Add(StepFields.Milestones, s.Milestones);
            Add(StepFields.IndicatorId, s.IndicatorId is { } id ? indicators.GetValueOrDefault(id) : null);
            Add(StepFields.Notes, s.Notes);
            return new ReportStep(s.Id, numbers[s.Id], s.Description, s.Status.Name(), StepFields.DateText(s.TargetDate), Overdue(s),
                chokepoints.Contains(s.Id), WaitsOn(s.Id), details);
        }

        var reportStrategies = strategies.Select((s, i) => new ReportStrategy((i + 1).ToString(CultureInfo.InvariantCulture), s.Name, s.Goal,
            s.CanvasItemId is { } item ? canvasItems.GetValueOrDefault(item) : null,
            ordered.Where(x => x.StrategyId == s.Id).Select(Step).ToList())).ToList();

        var assignments = plan.Raci.Select(r => new RaciAssignment(r.StepId, r.MemberId, r.Role)).ToList();
        var roles = assignments.ToDictionary(a => (a.StepId, a.MemberId), a => a.Role);
        var letters = ordered.ToDictionary(s => s.Id, s => (IReadOnlyList<string>)members
            .Select(m => roles.TryGetValue((s.Id, m.Id), out var role) ? RaciMatrix.Letter(role).ToString() : "").ToList());
        var problems = RaciMatrix.Check(ordered.Select(s => (s.Id, $"{numbers[s.Id]} {s.Description}")).ToList(), assignments)
            .Select(p => p.Message).ToList();
        var load = RaciMatrix.Load(members.Select(m => m.Id), assignments)
            .Select(l => new ReportPair(members.First(m => m.Id == l.MemberId).Name,
                $"{l.Responsible} responsible, {l.Accountable} accountable"))
            .ToList();

        var waits = ordered.Where(s => dependencies.DependsOn(s.Id).Count > 0)
            .Select(s => new ReportPair($"{numbers[s.Id]} {s.Description}", $"waits on {string.Join(", ", WaitsOn(s.Id))}"))
            .ToList();
        var chokepointLines = ordered.Where(s => chokepoints.Contains(s.Id))
            .Select(s => $"{numbers[s.Id]} {s.Description}: {waitingCounts.GetValueOrDefault(s.Id)} steps wait on it").ToList();
        var timeline = ordered.Where(s => s.TargetDate is not null).OrderBy(s => s.TargetDate).ThenBy(s => numbers[s.Id], StringComparer.Ordinal)
            .Select(s => new ReportTimelineEntry(StepFields.DateText(s.TargetDate), numbers[s.Id], s.Description, s.Status.Name(), Overdue(s)))
            .ToList();
        return new ReportActionPlan(reportStrategies, new ReportRaci(members.Select(m => m.Name).ToList(), letters, problems, load),
            waits, chokepointLines, timeline, ordered.Count(s => s.TargetDate is null));
    }

    private static List<ReportChallenge> Challenges(PlanContent content)
    {
        var names = content.TeamMembers.ToDictionary(m => m.Id, m => m.Name);
        return content.Register.Select(c => new ReportChallenge(c.Title,
                string.IsNullOrWhiteSpace(c.Response) ? "Not written yet" : c.Response.Trim(),
                c.Status.Name(),
                c.OwnerMemberId is { } id ? names.GetValueOrDefault(id, "Someone no longer on the team") : "Nobody yet",
                c.Notes.Trim()))
            .ToList();
    }

    /// <summary>The organization's whole baseline (no filters), or null when nothing has been scored yet.</summary>
    private static async Task<ReportBaseline?> BaselineAsync(AppDbContext db, Guid organizationId, int minCell, CancellationToken ct)
    {
        var figures = await BaselineQuery.GetAsync(db, organizationId, BaselineFilter.All, BaselineWords.Columns, minCell, ct);
        if (figures is null) return null;
        var source = await ScoredWith.LoadAsync(db, figures, ct);
        return new ReportBaseline(DateText(source.ScoredAt), source.Describe(), minCell, BaselineView.From(figures));
    }
}
