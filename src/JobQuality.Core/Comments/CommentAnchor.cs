using JobQuality.Core.Canvas;
using JobQuality.Core.Common;
using JobQuality.Core.Workbook;

namespace JobQuality.Core.Comments;

/// <summary>The kinds of plan element a comment thread can hang from.</summary>
public enum CommentAnchorKind
{
    CanvasSquare,
    CanvasItem,
    ValueProposition,
    Team,
    Charter,
    DataNeed,
    KeyDifference,
    Indicator,
    PitchFeedback,
    Challenge,
    ActionStep,
    Baseline,
}

/// <summary>
/// A stable key naming one element of a plan that people comment on: a canvas square (<c>canvas-square/KeyPartners</c>),
/// a row (<c>canvas-item/{id}</c>, <c>data-need/{id}</c>, <c>key-difference/{id}</c>, <c>indicator/{id}</c>,
/// <c>pitch-feedback/{id}</c>, <c>challenge/{id}</c>, <c>action-step/{id}</c>), a charter
/// part (<c>charter/communication</c>), or a whole page (<c>value-proposition</c>, <c>team</c>, <c>baseline</c>).
/// Keys are written in one canonical form, so two spellings never make two sets of threads for one element.
/// Whether a row key points at a row of the same plan is checked by the data layer, not here.
/// </summary>
public sealed record CommentAnchor
{
    public const int KeyMaxLength = 80;

    private const string CanvasSquarePrefix = "canvas-square";
    private const string CanvasItemPrefix = "canvas-item";
    private const string CharterPrefix = "charter";
    private const string DataNeedPrefix = "data-need";
    private const string KeyDifferencePrefix = "key-difference";
    private const string IndicatorPrefix = "indicator";
    private const string PitchFeedbackPrefix = "pitch-feedback";
    private const string ChallengePrefix = "challenge";
    private const string ActionStepPrefix = "action-step";
    private const string ValuePropositionKey = "value-proposition";
    private const string TeamKey = "team";
    private const string BaselineKey = "baseline";

    private CommentAnchor(CommentAnchorKind kind, string key, CanvasSquare? square = null, string? part = null, Guid? rowId = null)
    {
        Kind = kind;
        Key = key;
        Square = square;
        Part = part;
        RowId = rowId;
    }

    public CommentAnchorKind Kind { get; }

    /// <summary>The canonical key, as stored.</summary>
    public string Key { get; }

    /// <summary>The square, for <see cref="CommentAnchorKind.CanvasSquare"/>.</summary>
    public CanvasSquare? Square { get; }

    /// <summary>The charter part's key (<see cref="ProjectCharter"/>), for <see cref="CommentAnchorKind.Charter"/>.</summary>
    public string? Part { get; }

    /// <summary>The row's id, for anchors on a row (canvas item, worksheet rows, pitch feedback, challenge, action step).</summary>
    public Guid? RowId { get; }

    public bool IsRow => RowId is not null;

    public static CommentAnchor ForSquare(CanvasSquare square) => new(CommentAnchorKind.CanvasSquare, $"{CanvasSquarePrefix}/{square}", square: square);

    public static CommentAnchor ForCanvasItem(Guid id) => Row(CommentAnchorKind.CanvasItem, CanvasItemPrefix, id);

    public static CommentAnchor ForDataNeed(Guid id) => Row(CommentAnchorKind.DataNeed, DataNeedPrefix, id);

    public static CommentAnchor ForKeyDifference(Guid id) => Row(CommentAnchorKind.KeyDifference, KeyDifferencePrefix, id);

    /// <summary>A success indicator of worksheet 2 (a process or change indicator under a key difference).</summary>
    public static CommentAnchor ForIndicator(Guid id) => Row(CommentAnchorKind.Indicator, IndicatorPrefix, id);

    /// <summary>One piece of feedback from a pitch.</summary>
    public static CommentAnchor ForPitchFeedback(Guid id) => Row(CommentAnchorKind.PitchFeedback, PitchFeedbackPrefix, id);

    /// <summary>An entry of the challenges register.</summary>
    public static CommentAnchor ForChallenge(Guid id) => Row(CommentAnchorKind.Challenge, ChallengePrefix, id);

    public static CommentAnchor ForActionStep(Guid id) => Row(CommentAnchorKind.ActionStep, ActionStepPrefix, id);

    public static CommentAnchor ValueProposition { get; } = new(CommentAnchorKind.ValueProposition, ValuePropositionKey);

    public static CommentAnchor Team { get; } = new(CommentAnchorKind.Team, TeamKey);

    public static CommentAnchor Baseline { get; } = new(CommentAnchorKind.Baseline, BaselineKey);

    /// <summary>A part of the project charter; null when <paramref name="section"/> is not one of its six parts.</summary>
    public static CommentAnchor? ForCharter(string section) =>
        ProjectCharter.Form.Sections.Any(s => s.Key == section) ? new(CommentAnchorKind.Charter, $"{CharterPrefix}/{section}", part: section) : null;

    private static CommentAnchor Row(CommentAnchorKind kind, string prefix, Guid id) => new(kind, $"{prefix}/{id:D}", rowId: id);

    /// <summary>Reads a key; null when it names no element a thread can hang from.</summary>
    public static CommentAnchor? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > KeyMaxLength) return null;
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var head = slash < 0 ? key : key[..slash];
        var tail = slash < 0 ? null : key[(slash + 1)..];
        return (head, tail) switch
        {
            (ValuePropositionKey, null) => ValueProposition,
            (TeamKey, null) => Team,
            (BaselineKey, null) => Baseline,
            (CanvasSquarePrefix, { } name) => EnumNames.Parse<CanvasSquare>(name) is { } square && IsName(name) ? ForSquare(square) : null,
            (CharterPrefix, { } section) => ForCharter(section),
            (CanvasItemPrefix, { } id) => RowOf(CommentAnchorKind.CanvasItem, CanvasItemPrefix, id),
            (DataNeedPrefix, { } id) => RowOf(CommentAnchorKind.DataNeed, DataNeedPrefix, id),
            (KeyDifferencePrefix, { } id) => RowOf(CommentAnchorKind.KeyDifference, KeyDifferencePrefix, id),
            (IndicatorPrefix, { } id) => RowOf(CommentAnchorKind.Indicator, IndicatorPrefix, id),
            (PitchFeedbackPrefix, { } id) => RowOf(CommentAnchorKind.PitchFeedback, PitchFeedbackPrefix, id),
            (ChallengePrefix, { } id) => RowOf(CommentAnchorKind.Challenge, ChallengePrefix, id),
            (ActionStepPrefix, { } id) => RowOf(CommentAnchorKind.ActionStep, ActionStepPrefix, id),
            _ => null,
        };
    }

    // EnumNames ignores surrounding spaces; a key must not carry any.
    private static bool IsName(string text) => text.Length > 0 && text.All(char.IsAsciiLetter);

    private static CommentAnchor? RowOf(CommentAnchorKind kind, string prefix, string id) =>
        Guid.TryParseExact(id, "D", out var guid) && guid != Guid.Empty ? Row(kind, prefix, guid) : null;

    /// <summary>
    /// What people call the element, e.g. "Key Partners", "Project charter: Communication", "Action step “Hire a
    /// coordinator”". <paramref name="rowText"/> is the row's text for row anchors (null when the row is gone).
    /// </summary>
    public string Label(string? rowText = null) => Kind switch
    {
        CommentAnchorKind.CanvasSquare => Square!.Value.Info().Title,
        CommentAnchorKind.CanvasItem => RowLabel("Canvas item", rowText),
        CommentAnchorKind.ValueProposition => "Value proposition",
        CommentAnchorKind.Team => "Team",
        CommentAnchorKind.Charter => $"Project charter: {ProjectCharter.Form.Sections.First(s => s.Key == Part).Title}",
        CommentAnchorKind.DataNeed => RowLabel("Worksheet 1 row", rowText),
        CommentAnchorKind.KeyDifference => RowLabel("Key difference", rowText),
        CommentAnchorKind.Indicator => RowLabel("Indicator", rowText),
        CommentAnchorKind.PitchFeedback => RowLabel("Pitch feedback", rowText),
        CommentAnchorKind.Challenge => RowLabel("Challenge", rowText),
        CommentAnchorKind.ActionStep => RowLabel("Action step", rowText),
        CommentAnchorKind.Baseline => "Baseline",
        _ => Key,
    };

    /// <summary>
    /// The page of the plan where the element is shown, as in <c>plans/{id}/{PlanPage}</c>: a planning tool's key in the
    /// journey, or <c>baseline</c> (the organization's baseline seen from the plan, where the plan's team discusses it).
    /// </summary>
    public string PlanPage => Kind switch
    {
        CommentAnchorKind.CanvasSquare or CommentAnchorKind.CanvasItem => JobQualityCanvas.ToolKey,
        CommentAnchorKind.ValueProposition => Plans.PlanningJourney.ValuePropositionToolKey,
        CommentAnchorKind.Team => Plans.PlanningJourney.TeamToolKey,
        CommentAnchorKind.Charter => ProjectCharter.ToolKey,
        CommentAnchorKind.DataNeed or CommentAnchorKind.KeyDifference or CommentAnchorKind.Indicator => Worksheets.DataWorksheets.ToolKey,
        CommentAnchorKind.PitchFeedback => Pitch.PitchFeedbackTool.ToolKey,
        CommentAnchorKind.Challenge => Challenges.ChallengeLibrary.ToolKey,
        CommentAnchorKind.ActionStep => ActionPlans.ActionPlanTool.ToolKey,
        CommentAnchorKind.Baseline => BaselinePage,
        _ => throw new InvalidOperationException($"No page shows {Kind}."),
    };

    /// <summary>The plan's view of the baseline: <c>plans/{id}/baseline</c>.</summary>
    public const string BaselinePage = "baseline";

    private static string RowLabel(string what, string? text)
    {
        if (text is null) return $"{what} (since deleted)";
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0) return $"{what} (empty)";
        return text.Length <= 60 ? $"{what} “{text}”" : $"{what} “{text[..57].TrimEnd()}…”";
    }

    public override string ToString() => Key;
}
