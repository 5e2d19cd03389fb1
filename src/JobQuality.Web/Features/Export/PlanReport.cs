using JobQuality.Web.Features.Baseline;

namespace JobQuality.Web.Features.Export;

/// <summary>
/// The plan report, worded and ordered, ready to lay out: the PDF (<see cref="PlanReportPdf"/>) and the HTML print view
/// (<c>PlanReportPage</c>) show exactly this, so the two never disagree. Built by <see cref="PlanReportBuilder"/> from
/// the plan's current content or from a named snapshot.
/// </summary>
public sealed record PlanReport(
    ReportCover Cover,
    string ValuePropositionSentence,
    IReadOnlyList<ReportPair> ValueProposition,
    IReadOnlyList<ReportFormPart> Foundations,
    ReportTeam Team,
    IReadOnlyList<ReportFormPart> Charter,
    string? Mission,
    IReadOnlyList<ReportCanvasSquare> Canvas,
    ReportWorksheets Worksheets,
    ReportCharge Charge,
    ReportActionPlan ActionPlan,
    IReadOnlyList<ReportFormPart> Governance,
    IReadOnlyList<ReportChallenge> Challenges,
    ReportBaseline? Baseline)
{
    /// <summary>The sections in the order both views show them: the contents of the report.</summary>
    public static IReadOnlyList<(string Id, string Title)> Sections { get; } =
    [
        ("value-proposition", "Value proposition"),
        ("foundations", "Foundations"),
        ("team", "Coalition team"),
        ("charter", "Project charter"),
        ("canvas", "Job Quality Canvas"),
        ("worksheets", "Data worksheets"),
        ("charge", "Our charge (Ad-Lib #2)"),
        ("action-plan", "Action plan"),
        ("raci", "RACI matrix"),
        ("timeline", "Dependencies and timeline"),
        ("governance", "Governance and reporting"),
        ("challenges", "Challenges and responses"),
        ("baseline", "Baseline: who reaches quality jobs"),
    ];

    public static string Title(string sectionId) => Sections.First(s => s.Id == sectionId).Title;

    /// <summary>What a section says when the team has not filled its tool in yet.</summary>
    public const string NotFilledIn = "Not filled in yet.";
}

/// <param name="Version">Which version this is, in words: "The current plan on November 26, 2026" or "Snapshot “…”, taken …".</param>
/// <param name="ApprovedSnapshotId">The snapshot the latest approval holds, if any.</param>
/// <param name="Approval">The latest approval of the action plan, if any, in words (says whether it is of this version).</param>
public sealed record ReportCover(
    Guid PlanId, string PlanName, string TeamName, string Region, string Focus, string OrganizationName,
    DateTimeOffset GeneratedAt, string GeneratedOn, string Version, string? SnapshotName, string? Approval, bool IsApprovedVersion,
    Guid? ApprovedSnapshotId);

public sealed record ReportPair(string Label, string Text);

/// <summary>One part of a workbook form (e.g. the charter's "Identity and values") with its answered questions.</summary>
public sealed record ReportFormPart(string Title, IReadOnlyList<ReportPair> Answers);

public sealed record ReportTeamMember(
    string Name, string Organization, string OrganizationType, string Persona, string DecisionMaking, string Role, string Backup);

/// <param name="Balance">The balance findings as sentences; empty when the team is balanced.</param>
public sealed record ReportTeam(IReadOnlyList<ReportTeamMember> Members, IReadOnlyList<string> Balance, string BalanceSummary);

public sealed record ReportCanvasSquare(string Title, string GridArea, IReadOnlyList<string> Items);

public sealed record ReportDataRow(string Purpose, string DataType, string Availability, string Location);

public sealed record ReportDifference(string Sentence, IReadOnlyList<ReportPair> Indicators);

public sealed record ReportGapGroup(string Title, string NextStep, IReadOnlyList<string> DataTypes);

public sealed record ReportWorksheets(
    IReadOnlyList<ReportPair> MindsetShifts,
    IReadOnlyList<ReportDataRow> Needs,
    IReadOnlyList<ReportDifference> Differences,
    IReadOnlyList<ReportPair> Commitments,
    IReadOnlyList<ReportGapGroup> Gaps)
{
    public bool IsEmpty => MindsetShifts.Count + Needs.Count + Differences.Count + Commitments.Count == 0;
}

/// <param name="IsEmpty">Nothing of Ad-Lib #2 is written yet (the paragraph then is all prompts).</param>
public sealed record ReportCharge(string Paragraph, IReadOnlyList<string> FirstSteps, IReadOnlyList<string> Indicators, bool IsEmpty);

/// <param name="Number">"1.2": strategy 1, step 2.</param>
/// <param name="Details">The step's other fields that are filled in, labelled.</param>
public sealed record ReportStep(
    Guid Id, string Number, string Description, string Status, string TargetDate, bool IsOverdue, bool IsChokepoint,
    IReadOnlyList<string> WaitsOn, IReadOnlyList<ReportPair> Details);

public sealed record ReportStrategy(string Number, string Name, string Goal, string? CanvasStrategy, IReadOnlyList<ReportStep> Steps);

/// <param name="Letters">Per step id, the letter in each member's column ("" for none), in the order of <see cref="ReportRaci.Members"/>.</param>
public sealed record ReportRaci(
    IReadOnlyList<string> Members,
    IReadOnlyDictionary<Guid, IReadOnlyList<string>> Letters,
    IReadOnlyList<string> Problems,
    IReadOnlyList<ReportPair> Load);

public sealed record ReportTimelineEntry(string Date, string Number, string Description, string Status, bool IsOverdue);

public sealed record ReportActionPlan(
    IReadOnlyList<ReportStrategy> Strategies,
    ReportRaci Raci,
    IReadOnlyList<ReportPair> Waits,
    IReadOnlyList<string> Chokepoints,
    IReadOnlyList<ReportTimelineEntry> Timeline,
    int UndatedSteps)
{
    public IEnumerable<ReportStep> Steps => Strategies.SelectMany(s => s.Steps);
}

public sealed record ReportChallenge(string Title, string Response, string Status, string Owner, string Notes);

/// <param name="ScoredWith">What the figures were measured with, in words.</param>
public sealed record ReportBaseline(string AsOf, string ScoredWith, int MinCellSize, BaselineView View);
