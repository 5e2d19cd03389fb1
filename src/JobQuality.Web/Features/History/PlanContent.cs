using System.Text.Json;
using System.Text.Json.Serialization;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Challenges;
using JobQuality.Core.Pitch;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Web.Features.Challenges;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.History;

/// <summary>
/// The whole content of a plan's planning tools at one moment: what a snapshot stores (as JSON) and what a restore
/// writes back. Audit columns and concurrency versions are left out: they describe a save, not the content.
/// </summary>
public sealed record PlanContent(
    PlanContent.Details Plan,
    PlanContent.Proposition? ValueProposition,
    IReadOnlyList<PlanContent.Answer> Answers,
    IReadOnlyList<PlanContent.Member> TeamMembers,
    IReadOnlyList<PlanContent.Item> CanvasItems,
    IReadOnlyList<PlanContent.Need>? DataNeeds = null,
    IReadOnlyList<PlanContent.Difference>? KeyDifferences = null,
    IReadOnlyList<PlanContent.Indicator>? Indicators = null,
    IReadOnlyList<PlanContent.Step>? FirstSteps = null,
    IReadOnlyList<PlanContent.Pitch>? PitchSessions = null,
    IReadOnlyList<PlanContent.Feedback>? PitchFeedback = null,
    IReadOnlyList<PlanContent.ChallengeEntry>? Challenges = null,
    PlanContent.ActionPlanContent? ActionPlan = null)
{
    // The lists from DataNeeds on are null in snapshots taken before the data worksheets, Ad-Lib #2, pitch feedback and
    // the challenges register existed: read as empty.
    public IReadOnlyList<Need> Needs => DataNeeds ?? [];
    public IReadOnlyList<Difference> Differences => KeyDifferences ?? [];
    public IReadOnlyList<Indicator> SuccessIndicators => Indicators ?? [];
    public IReadOnlyList<Step> Steps => FirstSteps ?? [];
    public IReadOnlyList<Pitch> Pitches => PitchSessions ?? [];
    public IReadOnlyList<Feedback> Feedbacks => PitchFeedback ?? [];
    public IReadOnlyList<ChallengeEntry> Register => Challenges ?? [];

    /// <param name="SnapshotName">The pitched snapshot's name when this content was read, for showing only (snapshots are not content).</param>
    public sealed record Pitch(Guid Id, string Audience, DateOnly HeldOn, Guid? SnapshotId, string? SnapshotName);

    /// <param name="AppliedItemId">The canvas item the feedback was turned into, if any.</param>
    public sealed record Feedback(Guid Id, Guid SessionId, PitchDimension Dimension, string Text, Guid? AppliedItemId);

    public sealed record ChallengeEntry(
        Guid Id, string Title, string Response, string Notes, ChallengeStatus Status, Guid? OwnerMemberId, string? LibraryKey);

    public sealed record Need(Guid Id, DataPurpose Purpose, string DataType, DataAvailability Availability, string Holder, string Location, int Position);

    public sealed record Difference(Guid Id, string Text, string Evidence, int Position);

    public sealed record Indicator(Guid Id, Guid DifferenceId, IndicatorKind Kind, string Text, int Position);

    public sealed record Step(Guid Id, string Text, int Position);

    public sealed record Details(string Name, string TeamName, string Region, string Focus);

    public sealed record Proposition(string TargetCustomers, string PainPoints, string Aspirations, string Strategies, IReadOnlyList<Lever> Levers);

    public sealed record Answer(string ToolKey, string FieldKey, string Text);

    public sealed record Member(
        Guid Id, string Name, string Organization, string? Contact, OrganizationalType OrganizationalType, Persona Persona,
        DecisionLevel DecisionLevel, string Role, Guid? BackupMemberId);

    public sealed record Item(Guid Id, CanvasSquare Square, string Text, int Position);

    /// <summary>The action plan. Null in snapshots taken before the action plan existed: restoring those leaves it as it is.</summary>
    public sealed record ActionPlanContent(
        IReadOnlyList<StrategyContent> Strategies, IReadOnlyList<StepContent> Steps, IReadOnlyList<RaciContent> Raci, IReadOnlyList<WaitContent> Waits);

    public sealed record StrategyContent(Guid Id, string Name, string Goal, Guid? CanvasItemId, int Position);

    public sealed record StepContent(
        Guid Id, Guid StrategyId, int Position, string Description, string ResponsibleParties, string InternalResources, string ExternalResources,
        string Milestones, DateOnly? TargetDate, string Notes, StepStatus Status, Guid? FirstStepId = null, Guid? IndicatorId = null);

    public sealed record RaciContent(Guid StepId, Guid MemberId, RaciRole Role);

    public sealed record WaitContent(Guid StepId, Guid DependsOnStepId);

    /// <summary>Enums by name, so a stored snapshot still reads correctly if an enum gains a member.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanContent FromJson(string json) =>
        JsonSerializer.Deserialize<PlanContent>(json, Json) ?? throw new InvalidOperationException("A snapshot's content is empty.");

    /// <summary>Reads the plan's current content: one query per tool, nothing tracked.</summary>
    public static async Task<PlanContent> LoadAsync(AppDbContext db, Guid planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new Details(p.Name, p.TeamName, p.Region, p.Focus)).SingleAsync(ct);
        var proposition = await db.ValuePropositions.AsNoTracking().FirstOrDefaultAsync(v => v.PlanId == planId, ct);
        var answers = await db.WorkbookAnswers.AsNoTracking().Where(a => a.PlanId == planId)
            .OrderBy(a => a.ToolKey).ThenBy(a => a.FieldKey)
            .Select(a => new Answer(a.ToolKey, a.FieldKey, a.Text)).ToListAsync(ct);
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.PlanId == planId).OrderBy(m => m.Id)
            .Select(m => new Member(m.Id, m.Name, m.Organization, m.Contact, m.OrganizationalType, m.Persona, m.DecisionLevel, m.Role, m.BackupMemberId))
            .ToListAsync(ct);
        var items = await db.CanvasItems.AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Id)
            .Select(i => new Item(i.Id, i.Square, i.Text, i.Position)).ToListAsync(ct);
        var strategies = await db.Strategies.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.Position).ThenBy(x => x.Id)
            .Select(x => new StrategyContent(x.Id, x.Name, x.Goal, x.CanvasItemId, x.Position)).ToListAsync(ct);
        var actionSteps = await db.ActionSteps.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.StrategyId).ThenBy(x => x.Position).ThenBy(x => x.Id)
            .Select(x => new StepContent(x.Id, x.StrategyId, x.Position, x.Description, x.ResponsibleParties, x.InternalResources, x.ExternalResources,
                x.Milestones, x.TargetDate, x.Notes, x.Status, x.FirstStepId, x.IndicatorId)).ToListAsync(ct);
        var raci = await db.RaciCells.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.StepId).ThenBy(x => x.MemberId)
            .Select(x => new RaciContent(x.StepId, x.MemberId, x.Role)).ToListAsync(ct);
        var waits = await db.StepWaits.AsNoTracking().Where(x => x.PlanId == planId).OrderBy(x => x.StepId).ThenBy(x => x.DependsOnStepId)
            .Select(x => new WaitContent(x.StepId, x.DependsOnStepId)).ToListAsync(ct);
        var needs = await db.DataNeeds.AsNoTracking().Where(n => n.PlanId == planId).OrderBy(n => n.Id)
            .Select(n => new Need(n.Id, n.Purpose, n.DataType, n.Availability, n.Holder, n.Location, n.Position)).ToListAsync(ct);
        var differences = await db.KeyDifferences.AsNoTracking().Where(d => d.PlanId == planId).OrderBy(d => d.Id)
            .Select(d => new Difference(d.Id, d.Difference, d.Evidence, d.Position)).ToListAsync(ct);
        var indicators = await db.SuccessIndicators.AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Id)
            .Select(i => new Indicator(i.Id, i.KeyDifferenceId, i.Kind, i.Text, i.Position)).ToListAsync(ct);
        var steps = await db.FirstSteps.AsNoTracking().Where(s => s.PlanId == planId).OrderBy(s => s.Id)
            .Select(s => new Step(s.Id, s.Text, s.Position)).ToListAsync(ct);
        var pitches = await (
            from s in db.PitchSessions.AsNoTracking().Where(s => s.PlanId == planId)
            join p in db.PlanSnapshots on s.SnapshotId equals (Guid?)p.Id into pitched
            from p in pitched.DefaultIfEmpty()
            orderby s.Id
            select new Pitch(s.Id, s.Audience, s.HeldOn, s.SnapshotId, p == null ? null : p.Name)).ToListAsync(ct);
        var feedback = await db.PitchFeedback.AsNoTracking().Where(f => f.PlanId == planId).OrderBy(f => f.Id)
            .Select(f => new Feedback(f.Id, f.SessionId, f.Dimension, f.Text, f.AppliedItemId)).ToListAsync(ct);
        var challenges = await db.Challenges.AsNoTracking().Where(c => c.PlanId == planId).OrderBy(c => c.Id)
            .Select(c => new ChallengeEntry(c.Id, c.Title, c.Response, c.Notes, c.Status, c.OwnerMemberId, c.LibraryKey)).ToListAsync(ct);
        return new PlanContent(
            plan,
            proposition is null
                ? null
                : new Proposition(proposition.TargetCustomers, proposition.PainPoints, proposition.Aspirations, proposition.Strategies, proposition.Levers),
            answers, members, items, needs, differences, indicators, steps, pitches, feedback, challenges,
            new ActionPlanContent(strategies, actionSteps, raci, waits));
    }

    /// <summary>The content as labelled entries, in the order the planning journey shows them; blank answers are left out.</summary>
    public IReadOnlyList<ContentEntry> Entries()
    {
        var entries = new List<ContentEntry>();
        void Add(string key, string section, string label, string? text, int order)
        {
            if (!string.IsNullOrWhiteSpace(text)) entries.Add(new ContentEntry(key, section, label, text.Trim(), SectionOrder(section), order));
        }

        Add("plan/name", DetailsSection, "Plan name", Plan.Name, 0);
        Add("plan/team-name", DetailsSection, "Team name and homebase", Plan.TeamName, 1);
        Add("plan/region", DetailsSection, "Region", Plan.Region, 2);
        Add("plan/focus", DetailsSection, "Focus", Plan.Focus, 3);

        foreach (var answer in Answers)
        {
            var form = WorkbookForm.All.GetValueOrDefault(answer.ToolKey);
            var fields = form?.Fields.ToList() ?? [];
            var index = fields.FindIndex(f => f.Key == answer.FieldKey);
            var label = index >= 0 ? fields[index].Label : answer.FieldKey;
            var text = answer is { ToolKey: OurCharge.ToolKey, FieldKey: OurCharge.IndicatorsField } ? IndicatorTexts(answer.Text) : answer.Text;
            Add($"answer/{answer.ToolKey}/{answer.FieldKey}", ToolTitle(answer.ToolKey), label, text, index >= 0 ? index : 1000);
        }

        if (ValueProposition is { } vp)
        {
            var section = ToolTitle(PlanningJourney.ValuePropositionToolKey);
            Add("value-proposition/target-customers", section, "Who the work helps", vp.TargetCustomers, 0);
            Add("value-proposition/pain-points", section, "Pain points to reduce", vp.PainPoints, 1);
            Add("value-proposition/aspirations", section, "Aspirations to achieve", vp.Aspirations, 2);
            Add("value-proposition/strategies", section, "Key strategies", vp.Strategies, 3);
            Add("value-proposition/levers", section, "Levers", string.Join(", ", vp.Levers.Distinct().Order().Select(l => l.DisplayName())), 4);
        }

        var names = TeamMembers.ToDictionary(m => m.Id, m => m.Name);
        foreach (var (member, index) in TeamMembers.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).Select((m, i) => (m, i)))
        {
            var backup = member.BackupMemberId is { } id ? names.GetValueOrDefault(id, "someone no longer on the team") : "none yet";
            var lines = new List<string>
            {
                $"Organization: {member.Organization}",
                $"Organization type: {Words.Of(member.OrganizationalType)}",
                $"Persona: {Words.Of(member.Persona)}",
                $"Decision-making: {Words.Of(member.DecisionLevel)}",
                $"Role: {(string.IsNullOrWhiteSpace(member.Role) ? "not described yet" : member.Role)}",
                $"Backup: {backup}",
            };
            if (!string.IsNullOrWhiteSpace(member.Contact)) lines.Add($"Contact: {member.Contact}");
            Add($"team/{member.Id}", ToolTitle(PlanningJourney.TeamToolKey), member.Name, string.Join("\n", lines), index);
        }

        foreach (var item in CanvasItems)
        {
            var info = item.Square.Info();
            Add($"canvas/{item.Id}", ToolTitle(JobQualityCanvas.ToolKey), info.Title, item.Text, 100 + (info.FillOrder * 10_000) + item.Position);
        }

        if (ActionPlan is { } actionPlan) AddActionPlan(actionPlan, names, Add);
        var worksheets = ToolTitle(DataWorksheets.ToolKey);
        foreach (var need in Needs)
        {
            var holder = need.Availability == DataAvailability.HeldBy && need.Holder.Length > 0 ? $" ({need.Holder})" : "";
            var where = need.Location.Length > 0 ? $"\nWhere it sits: {need.Location}" : "";
            Add($"data-need/{need.Id}", worksheets, $"Worksheet 1, {need.Purpose.Describe().ToLowerInvariant()}",
                $"{need.DataType}\nAvailability: {need.Availability.Describe()}{holder}{where}", 100 + ((int)need.Purpose * 10_000) + need.Position);
        }
        foreach (var difference in Differences)
        {
            var lines = new List<string> { KeyDifference.Sentence(difference.Text, difference.Evidence) };
            lines.AddRange(SuccessIndicators.Where(i => i.DifferenceId == difference.Id).OrderBy(i => i.Kind).ThenBy(i => i.Position)
                .Select(i => $"{i.Kind.Describe()}: {i.Text}"));
            Add($"key-difference/{difference.Id}", worksheets, "Worksheet 2, key difference", string.Join("\n", lines), 30_000 + difference.Position);
        }
        foreach (var step in Steps)
        {
            Add($"first-step/{step.Id}", ToolTitle(OurCharge.ToolKey), "First step", step.Text, 100 + step.Position);
        }

        AddPitches(Add);
        AddChallenges(Add, names);

        return entries.OrderBy(e => e.SectionOrder).ThenBy(e => e.Order).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    public const string DetailsSection = "Plan details";

    /// <summary>One entry per strategy and per step; a step's entry holds its RACI letters and what it waits on, so comparing shows those too.</summary>
    private void AddActionPlan(ActionPlanContent plan, IReadOnlyDictionary<Guid, string> memberNames, Action<string, string, string, string?, int> add)
    {
        var section = ToolTitle(ActionPlanTool.ToolKey);
        var strategies = plan.Strategies.OrderBy(s => s.Position).ThenBy(s => s.Id).ToList();
        var numbers = new Dictionary<Guid, string>();
        var descriptions = plan.Steps.ToDictionary(s => s.Id, s => s.Description);
        for (var i = 0; i < strategies.Count; i++)
        {
            var strategy = strategies[i];
            add($"strategy/{strategy.Id}", section, $"Strategy {i + 1}", string.IsNullOrWhiteSpace(strategy.Goal) ? strategy.Name : $"{strategy.Name}\nGoal: {strategy.Goal}", (i + 1) * 1000);
            var steps = plan.Steps.Where(s => s.StrategyId == strategy.Id).OrderBy(s => s.Position).ThenBy(s => s.Id).ToList();
            for (var j = 0; j < steps.Count; j++) numbers[steps[j].Id] = $"{i + 1}.{j + 1}";
            for (var j = 0; j < steps.Count; j++)
            {
                var step = steps[j];
                var lines = new List<string> { step.Description, $"Status: {Web.Features.ActionPlan.StepFields.Name(step.Status)}" };
                void Line(string label, string text)
                {
                    if (!string.IsNullOrWhiteSpace(text)) lines.Add($"{label}: {text}");
                }
                Line("Target date", Web.Features.ActionPlan.StepFields.DateText(step.TargetDate));
                Line("Responsible persons or partners", step.ResponsibleParties);
                Line("Internal resources", step.InternalResources);
                Line("External resources", step.ExternalResources);
                Line("Milestones", step.Milestones);
                Line("Notes", step.Notes);
                Line("Worksheet indicator", step.IndicatorId is { } indicator ? SuccessIndicators.FirstOrDefault(x => x.Id == indicator)?.Text ?? "" : "");
                Line("RACI", string.Join("; ", plan.Raci.Where(r => r.StepId == step.Id)
                    .OrderBy(r => r.Role).ThenBy(r => memberNames.GetValueOrDefault(r.MemberId, ""), StringComparer.CurrentCulture)
                    .Select(r => $"{RaciMatrix.Letter(r.Role)} {memberNames.GetValueOrDefault(r.MemberId, "a former team member")}")));
                Line("Waits on", string.Join("; ", plan.Waits.Where(w => w.StepId == step.Id)
                    .Select(w => descriptions.TryGetValue(w.DependsOnStepId, out var d) ? $"“{d}”" : "a removed step")));
                add($"step/{step.Id}", section, $"Step {numbers[step.Id]}", string.Join("\n", lines), ((i + 1) * 1000) + j + 1);
            }
        }
    }
    /// <summary>Each pitch (audience, date, snapshot) and each piece of its feedback, with the canvas item it was applied to.</summary>
    private void AddPitches(Action<string, string, string, string?, int> add)
    {
        var section = ToolTitle(PitchFeedbackTool.ToolKey);
        var items = CanvasItems.ToDictionary(i => i.Id);
        // Newest pitch first, as the pitch feedback page lists them; each pitch's feedback right after it.
        foreach (var (pitch, index) in Pitches.OrderByDescending(p => p.HeldOn).ThenByDescending(p => p.Id).Select((p, i) => (p, i)))
        {
            var snapshot = pitch.SnapshotId is null ? "" : $"\nSnapshot pitched: {pitch.SnapshotName ?? "one since deleted"}";
            add($"pitch-session/{pitch.Id}", section, $"Pitch: {pitch.Audience}",
                $"Held on {pitch.HeldOn.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}{snapshot}", index * 1000);
            foreach (var (feedback, position) in Feedbacks.Where(f => f.SessionId == pitch.Id).OrderBy(f => f.Dimension).ThenBy(f => f.Id).Select((f, i) => (f, i)))
            {
                var applied = feedback.AppliedItemId is { } id && items.TryGetValue(id, out var item)
                    ? $"\nApplied to the canvas: {item.Square.Info().Title}, “{item.Text}”"
                    : "";
                add($"pitch-feedback/{feedback.Id}", section, $"Feedback on {feedback.Dimension.Info().Title} ({pitch.Audience})",
                    feedback.Text + applied, (index * 1000) + 1 + position);
            }
        }
    }

    /// <summary>Each challenge of the register: its response, status, owner and notes.</summary>
    private void AddChallenges(Action<string, string, string, string?, int> add, IReadOnlyDictionary<Guid, string> memberNames)
    {
        var section = ToolTitle(ChallengeLibrary.ToolKey);
        foreach (var (challenge, index) in Register.Select((c, i) => (c, i)))
        {
            var owner = challenge.OwnerMemberId is { } id ? memberNames.GetValueOrDefault(id, "someone no longer on the team") : "nobody yet";
            var lines = new List<string>
            {
                $"Response: {(string.IsNullOrWhiteSpace(challenge.Response) ? "not written yet" : challenge.Response)}",
                $"Status: {challenge.Status.Name()}",
                $"Owner: {owner}",
            };
            if (!string.IsNullOrWhiteSpace(challenge.Notes)) lines.Add($"Notes: {challenge.Notes}");
            add($"challenge/{challenge.Id}", section, challenge.Title, string.Join("\n", lines), index);
        }
    }

    /// <summary>The charge's picked indicators by their wording (ids of indicators no longer there are left out).</summary>
    private string IndicatorTexts(string ids) =>
        string.Join("\n", OurCharge.ParseIndicators(ids).Select(id => SuccessIndicators.FirstOrDefault(i => i.Id == id)?.Text).OfType<string>());

    public static string ToolTitle(string toolKey) => PlanningJourney.Find(toolKey)?.Title ?? toolKey;

    private static int SectionOrder(string section)
    {
        if (section == DetailsSection) return 0;
        var index = PlanningJourney.Tools.ToList().FindIndex(t => t.Title == section);
        return index < 0 ? 1000 : index + 1;
    }
}

/// <summary>One labelled piece of a plan's content, e.g. "Project charter" › "Values" › the answer.</summary>
/// <param name="Key">Stable across versions: the same record has the same key in every snapshot.</param>
public sealed record ContentEntry(string Key, string Section, string Label, string Text, int SectionOrder, int Order);

public enum DiffKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>A difference between two versions of a plan: <see cref="Before"/> is the older version's text.</summary>
public sealed record DiffEntry(string Key, string Section, string Label, DiffKind Kind, string? Before, string? After);

public static class ContentDiff
{
    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>, in journey order.</summary>
    public static IReadOnlyList<DiffEntry> Compare(IReadOnlyList<ContentEntry> before, IReadOnlyList<ContentEntry> after)
    {
        var old = before.ToDictionary(e => e.Key);
        var now = after.ToDictionary(e => e.Key);
        var result = new List<(ContentEntry Place, DiffEntry Diff)>();
        foreach (var entry in after)
        {
            if (!old.TryGetValue(entry.Key, out var was))
            {
                result.Add((entry, new DiffEntry(entry.Key, entry.Section, entry.Label, DiffKind.Added, null, entry.Text)));
            }
            else if (was.Text != entry.Text || was.Label != entry.Label)
            {
                var label = was.Label == entry.Label ? entry.Label : $"{was.Label} → {entry.Label}";
                result.Add((entry, new DiffEntry(entry.Key, entry.Section, label, DiffKind.Changed, was.Text, entry.Text)));
            }
        }
        foreach (var entry in before.Where(e => !now.ContainsKey(e.Key)))
        {
            result.Add((entry, new DiffEntry(entry.Key, entry.Section, entry.Label, DiffKind.Removed, entry.Text, null)));
        }
        return result.OrderBy(r => r.Place.SectionOrder).ThenBy(r => r.Place.Order).ThenBy(r => r.Place.Key, StringComparer.Ordinal)
            .Select(r => r.Diff).ToList();
    }
}

/// <summary>How the tools' choices read in a sentence.</summary>
public static class Words
{
    public static string Of(OrganizationalType type) => type switch
    {
        OrganizationalType.WorkforceDevelopment => "Workforce development",
        OrganizationalType.WorkerVoiceOrRepresentation => "Worker voice or representation",
        OrganizationalType.Industry => "Industry",
        OrganizationalType.Government => "Government",
        OrganizationalType.CommunityBasedOrganization => "Community-based organization",
        _ => type.ToString(),
    };

    public static string Of(Persona persona) => persona.ToString();

    public static string Of(DecisionLevel level) => level switch
    {
        DecisionLevel.DecisionMaker => "Makes decisions",
        DecisionLevel.DirectLineToDecisionMaker => "Has a direct line to a decision-maker",
        DecisionLevel.Neither => "No line to a decision-maker",
        _ => level.ToString(),
    };
}
