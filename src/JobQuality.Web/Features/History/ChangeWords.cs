using System.Text.Json;
using System.Text.Json.Nodes;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Challenges;
using JobQuality.Core.History;
using JobQuality.Core.Pitch;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Web.Features.Challenges;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.History;

/// <summary>One field of a saved change, in words; null means empty.</summary>
public sealed record FieldChange(string Label, string? Before, string? After);

/// <summary>
/// Reads <see cref="ChangeRecord"/>s: which tool a change belongs to, what the record is called, and what changed, in
/// words. A record's state at any change is the fold of its changes up to it: "added" gives every field, "changed"
/// overrides the fields it names, "deleted" ends it.
/// </summary>
public static class ChangeWords
{
    /// <summary>The filter key for changes to the plan's own details (name, team, region, focus).</summary>
    public const string DetailsKey = "details";

    private static readonly Dictionary<string, Dictionary<string, string>> FieldLabels = new()
    {
        [nameof(Plan)] = new()
        {
            [nameof(Plan.Name)] = "Plan name",
            [nameof(Plan.TeamName)] = "Team name and homebase",
            [nameof(Plan.Region)] = "Region",
            [nameof(Plan.Focus)] = "Focus",
            [nameof(Plan.ArchivedAt)] = "Archived",
            [nameof(Plan.PartnersMayExport)] = "Partners may download the report",
        },
        [nameof(Core.Workbook.ValueProposition)] = new()
        {
            [nameof(Core.Workbook.ValueProposition.TargetCustomers)] = "Who the work helps",
            [nameof(Core.Workbook.ValueProposition.PainPoints)] = "Pain points to reduce",
            [nameof(Core.Workbook.ValueProposition.Aspirations)] = "Aspirations to achieve",
            [nameof(Core.Workbook.ValueProposition.Strategies)] = "Key strategies",
            [nameof(Core.Workbook.ValueProposition.Levers)] = "Levers",
        },
        [nameof(WorkbookAnswer)] = new() { [nameof(WorkbookAnswer.Text)] = "Answer" },
        [nameof(TeamMember)] = new()
        {
            [nameof(TeamMember.Name)] = "Name",
            [nameof(TeamMember.Organization)] = "Organization",
            [nameof(TeamMember.Contact)] = "Contact",
            [nameof(TeamMember.OrganizationalType)] = "Organization type",
            [nameof(TeamMember.Persona)] = "Persona",
            [nameof(TeamMember.DecisionLevel)] = "Decision-making",
            [nameof(TeamMember.Role)] = "Role",
            [nameof(TeamMember.BackupMemberId)] = "Backup",
        },
        [nameof(CanvasItem)] = new()
        {
            [nameof(CanvasItem.Square)] = "Square",
            [nameof(CanvasItem.Text)] = "Text",
            [nameof(CanvasItem.Position)] = "Place in the square",
        },
        [nameof(Strategy)] = new()
        {
            [nameof(Strategy.Name)] = "Strategy",
            [nameof(Strategy.Goal)] = "Goal it addresses",
            [nameof(Strategy.CanvasItemId)] = "Canvas key strategy",
            [nameof(Strategy.Position)] = "Place in the plan",
        },
        [nameof(ActionStep)] = new()
        {
            [nameof(ActionStep.Description)] = "Action step",
            [nameof(ActionStep.ResponsibleParties)] = "Responsible persons or partners",
            [nameof(ActionStep.InternalResources)] = "Internal resources needed",
            [nameof(ActionStep.ExternalResources)] = "External resources needed",
            [nameof(ActionStep.Milestones)] = "Progress indicators or milestones",
            [nameof(ActionStep.TargetDate)] = "Target completion date",
            [nameof(ActionStep.Notes)] = "Other notes",
            [nameof(ActionStep.Status)] = "Status",
            [nameof(ActionStep.Position)] = "Place in the strategy",
            [nameof(ActionStep.IndicatorId)] = "Worksheet indicator",
        },
        [nameof(RaciCell)] = new()
        {
            [nameof(RaciCell.MemberId)] = "Team member",
            [nameof(RaciCell.Role)] = "RACI letter",
        },
        [nameof(StepWait)] = [],
        [nameof(DataNeed)] = new()
        {
            [nameof(DataNeed.Purpose)] = "List",
            [nameof(DataNeed.DataType)] = "Type of data",
            [nameof(DataNeed.Availability)] = "Availability",
            [nameof(DataNeed.Holder)] = "Held by",
            [nameof(DataNeed.Location)] = "Where it sits",
            [nameof(DataNeed.Position)] = "Place in the list",
        },
        [nameof(KeyDifference)] = new()
        {
            [nameof(KeyDifference.Difference)] = "Key difference",
            [nameof(KeyDifference.Evidence)] = "What we will see",
            [nameof(KeyDifference.Position)] = "Place in the list",
        },
        [nameof(SuccessIndicator)] = new()
        {
            [nameof(SuccessIndicator.Kind)] = "Kind",
            [nameof(SuccessIndicator.Text)] = "Indicator",
            [nameof(SuccessIndicator.Position)] = "Place in the list",
        },
        [nameof(FirstStep)] = new()
        {
            [nameof(FirstStep.Text)] = "First step",
            [nameof(FirstStep.Position)] = "Place in the list",
        },
        [nameof(PitchSession)] = new()
        {
            [nameof(PitchSession.Audience)] = "Audience",
            [nameof(PitchSession.HeldOn)] = "Date of the pitch",
            [nameof(PitchSession.SnapshotId)] = "Snapshot pitched",
        },
        [nameof(PitchFeedback)] = new()
        {
            [nameof(PitchFeedback.Dimension)] = "Dimension",
            [nameof(PitchFeedback.Text)] = "Feedback",
            [nameof(PitchFeedback.AppliedItemId)] = "Applied to the canvas",
        },
        [nameof(Challenge)] = new()
        {
            [nameof(Challenge.Title)] = "Challenge",
            [nameof(Challenge.Response)] = "Response",
            [nameof(Challenge.Notes)] = "Notes",
            [nameof(Challenge.Status)] = "Status",
            [nameof(Challenge.OwnerMemberId)] = "Owner",
        },
    };

    /// <summary>
    /// Added by <see cref="StatesAsync"/> to a piece of feedback's state: the audience of its pitch as last known, so the
    /// change can say which pitch it belongs to. Not a field of the record (a restore passes over it).
    /// </summary>
    public const string PitchAudienceKey = "(PitchAudience)";

    /// <summary>Rows of the list tools (data worksheets, Ad-Lib #2, pitch feedback, challenges): what each is called, and the text that names it.</summary>
    private static readonly Dictionary<string, (string Tool, string Noun, string TextField)> ListRows = new()
    {
        [nameof(DataNeed)] = (DataWorksheets.ToolKey, "a worksheet 1 row", nameof(DataNeed.DataType)),
        [nameof(KeyDifference)] = (DataWorksheets.ToolKey, "a key difference", nameof(KeyDifference.Difference)),
        [nameof(SuccessIndicator)] = (DataWorksheets.ToolKey, "an indicator", nameof(SuccessIndicator.Text)),
        [nameof(FirstStep)] = (OurCharge.ToolKey, "a first step", nameof(FirstStep.Text)),
        [nameof(PitchSession)] = (PitchFeedbackTool.ToolKey, "a pitch", nameof(PitchSession.Audience)),
        [nameof(PitchFeedback)] = (PitchFeedbackTool.ToolKey, "feedback", nameof(PitchFeedback.Text)),
        [nameof(Challenge)] = (ChallengeLibrary.ToolKey, "a challenge", nameof(Challenge.Title)),
    };

    /// <summary>The records of the action plan, whose changes are listed under its tool.</summary>
    private static readonly string[] ActionPlanTypes = [nameof(Strategy), nameof(ActionStep), nameof(RaciCell), nameof(StepWait)];

    /// <summary>The tools a change can be filtered by, in journey order, with the plan details first.</summary>
    public static IReadOnlyList<(string Key, string Title)> Tools { get; } =
        [(DetailsKey, PlanContent.DetailsSection), .. PlanningJourney.Tools.Select(t => (t.Key, t.Title))];

    public static string ToolKeyOf(ChangeRecord change) => change.EntityType switch
    {
        nameof(Plan) => DetailsKey,
        nameof(Core.Workbook.ValueProposition) => PlanningJourney.ValuePropositionToolKey,
        nameof(TeamMember) => PlanningJourney.TeamToolKey,
        nameof(CanvasItem) => JobQualityCanvas.ToolKey,
        nameof(Strategy) or nameof(ActionStep) or nameof(RaciCell) or nameof(StepWait) => ActionPlanTool.ToolKey,
        nameof(WorkbookAnswer) => change.EntityId.Split('/')[0],
        _ when ListRows.TryGetValue(change.EntityType, out var row) => row.Tool,
        _ => DetailsKey,
    };

    public static string ToolTitle(string toolKey) => Tools.FirstOrDefault(t => t.Key == toolKey).Title ?? toolKey;

    /// <summary>Only the changes of one tool (null: all of them).</summary>
    public static IQueryable<ChangeRecord> OfTool(this IQueryable<ChangeRecord> changes, string? toolKey) => toolKey switch
    {
        null or "" => changes,
        DetailsKey => changes.Where(c => c.EntityType == nameof(Plan)),
        PlanningJourney.ValuePropositionToolKey => changes.Where(c => c.EntityType == nameof(Core.Workbook.ValueProposition)),
        PlanningJourney.TeamToolKey => changes.Where(c => c.EntityType == nameof(TeamMember)),
        JobQualityCanvas.ToolKey => changes.Where(c => c.EntityType == nameof(CanvasItem)
            || (c.EntityType == nameof(WorkbookAnswer) && c.EntityId.StartsWith(JobQualityCanvas.ToolKey + "/"))),
        ActionPlanTool.ToolKey => changes.Where(c => ActionPlanTypes.Contains(c.EntityType)),
        _ => changes.Where(c => (c.EntityType == nameof(WorkbookAnswer) && c.EntityId.StartsWith(toolKey + "/"))
            || RowTypesOf(toolKey).Contains(c.EntityType)),
    };

    private static List<string> RowTypesOf(string toolKey) => ListRows.Where(r => r.Value.Tool == toolKey).Select(r => r.Key).ToList();

    /// <summary>
    /// For each given change to a team member or canvas item, the record's fields as they stood right after it (before it,
    /// for a deletion), so a change that only touched one field can still name the record. Two queries.
    /// </summary>
    public static async Task<Dictionary<long, JsonObject>> StatesAsync(AppDbContext db, Guid planId, IReadOnlyCollection<ChangeRecord> changes, CancellationToken ct)
    {
        var named = new List<string> { nameof(TeamMember), nameof(CanvasItem), nameof(Strategy), nameof(ActionStep) }.Concat(ListRows.Keys).ToList();
        var wanted = changes.Where(c => named.Contains(c.EntityType)).ToList();
        var result = new Dictionary<long, JsonObject>();
        if (wanted.Count == 0) return result;
        var ids = wanted.Select(c => c.EntityId).Distinct().ToList();
        var upTo = wanted.Max(c => c.Id);
        var all = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.PlanId == planId && named.Contains(c.EntityType) && ids.Contains(c.EntityId) && c.Id <= upTo)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        var wantedIds = wanted.Select(c => c.Id).ToHashSet();
        foreach (var entity in all.GroupBy(c => (c.EntityType, c.EntityId)))
        {
            JsonObject? state = null;
            foreach (var change in entity)
            {
                var stateAfter = Fold(state, change);
                if (wantedIds.Contains(change.Id))
                {
                    result[change.Id] = change.Kind == ChangeKind.Deleted ? Values(change, "before") : (JsonObject)stateAfter!.DeepClone();
                }
                state = stateAfter;
            }
        }
        foreach (var change in wanted.Where(c => !result.ContainsKey(c.Id)))
        {
            result[change.Id] = Values(change, change.Kind == ChangeKind.Deleted ? "before" : "after");
        }
        await AddPitchAudiencesAsync(db, planId, wanted.Where(c => c.EntityType == nameof(PitchFeedback)).Select(c => result[c.Id]).ToList(), ct);
        return result;
    }

    /// <summary>
    /// Writes the audience of its pitch into each feedback state: as the pitch reads now, or for a pitch since deleted, as
    /// its history last had it. Two queries, only when there is feedback to name.
    /// </summary>
    private static async Task AddPitchAudiencesAsync(AppDbContext db, Guid planId, IReadOnlyList<JsonObject> feedbackStates, CancellationToken ct)
    {
        var sessionIds = feedbackStates.Select(s => Guid.TryParse(Text(s[nameof(PitchFeedback.SessionId)]), out var id) ? id : (Guid?)null)
            .OfType<Guid>().Distinct().ToList();
        if (sessionIds.Count == 0) return;
        var keys = sessionIds.Select(id => id.ToString()).ToList();
        var audiences = new Dictionary<string, string>();
        var history = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.PlanId == planId && c.EntityType == nameof(PitchSession) && keys.Contains(c.EntityId))
            .OrderBy(c => c.Id).ToListAsync(ct);
        foreach (var change in history)
        {
            if (Text(Values(change, change.Kind == ChangeKind.Deleted ? "before" : "after")[nameof(PitchSession.Audience)]) is { } audience)
            {
                audiences[change.EntityId] = audience;
            }
        }
        foreach (var session in await db.PitchSessions.AsNoTracking().Where(s => s.PlanId == planId && sessionIds.Contains(s.Id))
                     .Select(s => new { s.Id, s.Audience }).ToListAsync(ct))
        {
            audiences[session.Id.ToString()] = session.Audience;
        }
        foreach (var state in feedbackStates)
        {
            if (Text(state[nameof(PitchFeedback.SessionId)]) is { } id && audiences.TryGetValue(id, out var audience)) state[PitchAudienceKey] = audience;
        }
    }

    /// <summary>The record's fields after <paramref name="change"/>, from its fields before (null: not there).</summary>
    public static JsonObject? Fold(JsonObject? state, ChangeRecord change) => change.Kind switch
    {
        ChangeKind.Added => Values(change, "after"),
        ChangeKind.Deleted => null,
        _ => Merge(state ?? [], Values(change, "after")),
    };

    private static JsonObject Merge(JsonObject state, JsonObject changes)
    {
        var merged = (JsonObject)state.DeepClone();
        foreach (var (name, value) in changes) merged[name] = value?.DeepClone();
        return merged;
    }

    /// <summary>Each field's value before or after the change.</summary>
    public static JsonObject Values(ChangeRecord change, string side)
    {
        var result = new JsonObject();
        if (JsonNode.Parse(change.Changes) is not JsonObject fields) return result;
        foreach (var (name, value) in fields)
        {
            result[name] = value?[side]?.DeepClone();
        }
        return result;
    }

    /// <summary>What the changed record is called: "Values", "Maria Lopez", "Key Partners: “County college”", "Plan details".</summary>
    public static string RecordLabel(ChangeRecord change, JsonObject? state)
    {
        switch (change.EntityType)
        {
            case nameof(Plan):
                return PlanContent.DetailsSection;
            case nameof(Core.Workbook.ValueProposition):
                return "The value proposition";
            case nameof(WorkbookAnswer):
                return AnswerLabel(change.EntityId);
            case nameof(TeamMember):
                return Text(state?[nameof(TeamMember.Name)]) ?? "A team member";
            case nameof(CanvasItem):
                var square = SquareOf(state?[nameof(CanvasItem.Square)]);
                var text = Text(state?[nameof(CanvasItem.Text)]);
                var title = square?.Info().Title ?? "The canvas";
                return text is null ? $"An item in {title}" : $"{title}: “{Shorten(text, 80)}”";
            case nameof(Strategy):
                return Text(state?[nameof(Strategy.Name)]) is { } strategy ? $"Strategy: “{Shorten(strategy, 80)}”" : "A strategy";
            case nameof(ActionStep):
                return Text(state?[nameof(ActionStep.Description)]) is { } step ? $"Step: “{Shorten(step, 80)}”" : "An action step";
            case nameof(RaciCell):
                return "A cell of the RACI matrix";
            case nameof(StepWait):
                return "A wait between two steps";
            case nameof(PitchSession):
                return Text(state?[nameof(PitchSession.Audience)]) is { } audience ? $"Pitch: “{Shorten(audience, 80)}”" : "A pitch";
            case nameof(PitchFeedback):
                var feedback = Text(state?[nameof(PitchFeedback.Text)]);
                var on = $"Feedback on {DimensionOf(state)}";
                return feedback is null ? on : $"{on}: “{Shorten(feedback, 80)}”";
            case nameof(Challenge):
                return Text(state?[nameof(Challenge.Title)]) is { } title2 ? $"Challenge: “{Shorten(title2, 80)}”" : "A challenge";
            case var type when ListRows.TryGetValue(type, out var row):
                var named = Text(state?[row.TextField]);
                var noun = char.ToUpperInvariant(row.Noun[0]) + row.Noun[1..];
                return named is null ? noun : $"{noun}: “{Shorten(named, 80)}”";
            default:
                return change.EntityType;
        }
    }

    /// <summary>"answered “Values” in the project charter", "added Maria Lopez to the team", "changed an item in Key Strategies", …</summary>
    public static string Describe(ChangeRecord change, JsonObject? state)
    {
        switch (change.EntityType)
        {
            case nameof(Core.Workbook.ValueProposition):
                return change.Kind switch
                {
                    ChangeKind.Added => "started the value proposition",
                    ChangeKind.Deleted => "removed the value proposition",
                    _ => "changed the value proposition",
                };
            case nameof(WorkbookAnswer):
                {
                    var tool = change.EntityId.Split('/')[0];
                    if (change.EntityId == $"{JobQualityCanvas.ToolKey}/{JobQualityCanvas.MissionField}")
                    {
                        return change.Kind == ChangeKind.Added ? "wrote the canvas mission" : "changed the canvas mission";
                    }
                    var where = tool switch
                    {
                        Foundations.ToolKey => "in Foundations",
                        ProjectCharter.ToolKey => "in the project charter",
                        JobQualityCanvas.ToolKey => "on the canvas",
                        _ => $"in {ToolTitle(tool)}",
                    };
                    var label = AnswerLabel(change.EntityId);
                    var after = Text(Values(change, "after")[nameof(WorkbookAnswer.Text)]);
                    return change.Kind switch
                    {
                        ChangeKind.Added => $"answered “{label}” {where}",
                        ChangeKind.Deleted => $"removed the answer to “{label}” {where}",
                        _ when after is null => $"cleared the answer to “{label}” {where}",
                        _ => $"changed the answer to “{label}” {where}",
                    };
                }
            case nameof(TeamMember):
                {
                    var name = Text(state?[nameof(TeamMember.Name)]) ?? "a member";
                    if (change.Kind == ChangeKind.Added) return $"added {name} to the team";
                    if (change.Kind == ChangeKind.Deleted) return $"removed {name} from the team";
                    var names = JsonNode.Parse(change.Changes)?[nameof(TeamMember.Name)];
                    return names is not null
                        ? $"renamed team member {Text(names["before"]) ?? "(no name)"} to {Text(names["after"]) ?? "(no name)"}"
                        : $"updated {name}'s details on the team";
                }
            case nameof(CanvasItem):
                {
                    var square = SquareOf(state?[nameof(CanvasItem.Square)])?.Info().Title ?? "the canvas";
                    if (change.Kind == ChangeKind.Added) return $"added an item to {square}";
                    if (change.Kind == ChangeKind.Deleted) return $"removed an item from {square}";
                    var fields = Values(change, "before");
                    if (fields.ContainsKey(nameof(CanvasItem.Square)))
                    {
                        var from = SquareOf(fields[nameof(CanvasItem.Square)])?.Info().Title ?? "another square";
                        return $"moved an item from {from} to {square}";
                    }
                    return fields.Count == 1 && fields.ContainsKey(nameof(CanvasItem.Position))
                        ? $"reordered the items in {square}"
                        : $"changed an item in {square}";
                }
            case nameof(Strategy):
                return change.Kind switch
                {
                    ChangeKind.Added => "added a strategy to the action plan",
                    ChangeKind.Deleted => "deleted a strategy from the action plan",
                    _ => "changed a strategy of the action plan",
                };
            case nameof(ActionStep):
                {
                    if (change.Kind == ChangeKind.Added) return "added an action step";
                    if (change.Kind == ChangeKind.Deleted) return "deleted an action step";
                    var fields = Values(change, "before");
                    return fields.Count == 1 && fields.ContainsKey(nameof(ActionStep.Position)) ? "reordered the action steps" : "changed an action step";
                }
            case nameof(RaciCell):
                return change.Kind switch
                {
                    ChangeKind.Added => "filled a cell of the RACI matrix",
                    ChangeKind.Deleted => "emptied a cell of the RACI matrix",
                    _ => "changed a letter in the RACI matrix",
                };
            case nameof(StepWait):
                return change.Kind == ChangeKind.Deleted ? "removed a wait between two steps" : "recorded that one step waits on another";
            case nameof(PitchSession):
                {
                    var pitch = PitchName(Text(state?[nameof(PitchSession.Audience)]));
                    return change.Kind switch
                    {
                        ChangeKind.Added => $"recorded {pitch}",
                        ChangeKind.Deleted => $"removed {pitch} and its feedback",
                        _ => $"changed the details of {pitch}",
                    };
                }
            case nameof(PitchFeedback):
                {
                    var on = $"feedback on {DimensionOf(state)}";
                    var pitch = PitchName(Text(state?[PitchAudienceKey]));
                    if (change.Kind == ChangeKind.Added) return $"added {on} to {pitch}";
                    if (change.Kind == ChangeKind.Deleted) return $"removed {on} from {pitch}";
                    var after = Values(change, "after");
                    if (after.ContainsKey(nameof(PitchFeedback.AppliedItemId)))
                    {
                        return after[nameof(PitchFeedback.AppliedItemId)] is null
                            ? $"unlinked {on} from {pitch} from the canvas"
                            : $"applied {on} from {pitch} to the canvas";
                    }
                    return $"changed {on} in {pitch}";
                }
            case nameof(Challenge):
                {
                    var challenge = Text(state?[nameof(Challenge.Title)]) is { } title ? $"the challenge “{Shorten(title, 60)}”" : "a challenge";
                    if (change.Kind == ChangeKind.Added) return $"added {challenge} to the register";
                    if (change.Kind == ChangeKind.Deleted) return $"removed {challenge} from the register";
                    var after = Values(change, "after");
                    return after.Count == 1 && EnumOf<ChallengeStatus>(after[nameof(Challenge.Status)]) is { } status
                        ? $"marked {challenge} as {status.Name().ToLowerInvariant()}"
                        : $"changed {challenge}";
                }
            case var type when ListRows.TryGetValue(type, out var row):
                {
                    var where = $"in {ToolTitle(row.Tool)}";
                    return change.Kind switch
                    {
                        ChangeKind.Added => $"added {row.Noun} {where}",
                        ChangeKind.Deleted => $"removed {row.Noun} {where}",
                        _ => $"changed {row.Noun} {where}",
                    };
                }
            default:
                return "changed the plan's content";
        }
    }

    /// <summary>Each changed field, before and after, in words. Keys and bookkeeping fields are left out.</summary>
    /// <param name="names">What the ids a record points at are called: team members, snapshots, canvas items.</param>
    public static IReadOnlyList<FieldChange> Fields(ChangeRecord change, IReadOnlyDictionary<Guid, string> names)
    {
        var labels = FieldLabels.GetValueOrDefault(change.EntityType) ?? [];
        var before = Values(change, "before");
        var after = Values(change, "after");
        var result = new List<FieldChange>();
        foreach (var (property, label) in labels)
        {
            if (!before.ContainsKey(property) && !after.ContainsKey(property)) continue;
            var fieldLabel = change.EntityType == nameof(WorkbookAnswer) ? AnswerLabel(change.EntityId) : label;
            // Enums are stored as numbers, so a step's status must not be read as a challenge's (both are "Status"), nor a
            // RACI letter as a team member's role.
            var kind = (change.EntityType, property) switch
            {
                (nameof(ActionStep), nameof(ActionStep.Status)) => StepStatusField,
                (nameof(RaciCell), nameof(RaciCell.Role)) => RaciRoleField,
                _ => property,
            };
            var was = InWords(kind, before[property], names);
            var now = InWords(kind, after[property], names);
            if (was != now) result.Add(new FieldChange(fieldLabel, was, now));
        }
        return result;
    }

    private const string StepStatusField = "ActionStep.Status";
    private const string RaciRoleField = "RaciCell.Role";

    private static string? InWords(string property, JsonNode? value, IReadOnlyDictionary<Guid, string> names)
    {
        if (value is null) return null;
        switch (property)
        {
            case nameof(TeamMember.Persona):
                return EnumOf<Persona>(value) is { } persona ? Words.Of(persona) : Text(value);
            case nameof(TeamMember.OrganizationalType):
                return EnumOf<OrganizationalType>(value) is { } type ? Words.Of(type) : Text(value);
            case nameof(TeamMember.DecisionLevel):
                return EnumOf<DecisionLevel>(value) is { } level ? Words.Of(level) : Text(value);
            case nameof(CanvasItem.Square):
                return SquareOf(value)?.Info().Title ?? Text(value);
            case nameof(DataNeed.Purpose):
                return EnumOf<DataPurpose>(value)?.Describe() ?? Text(value);
            case nameof(DataNeed.Availability):
                return EnumOf<DataAvailability>(value)?.Describe() ?? Text(value);
            case nameof(SuccessIndicator.Kind):
                return EnumOf<IndicatorKind>(value)?.Describe() ?? Text(value);
            case nameof(PitchFeedback.Dimension):
                return EnumOf<PitchDimension>(value)?.Info().Title ?? Text(value);
            case nameof(Challenge.Status):
                return EnumOf<ChallengeStatus>(value)?.Name() ?? Text(value);
            case nameof(Challenge.OwnerMemberId):
                return Guid.TryParse(Text(value), out var owner) ? names.GetValueOrDefault(owner, "a former team member") : null;
            case nameof(PitchSession.SnapshotId):
                return Guid.TryParse(Text(value), out var snapshot) ? names.GetValueOrDefault(snapshot, "a snapshot since deleted") : null;
            case nameof(PitchFeedback.AppliedItemId):
                return Guid.TryParse(Text(value), out var item) ? names.GetValueOrDefault(item, "an item since removed from the canvas") : null;
            case nameof(CanvasItem.Position):
                return value.GetValueKind() == JsonValueKind.Number ? (value.GetValue<int>() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : Text(value);
            case nameof(Core.Workbook.ValueProposition.Levers):
                var levers = value is JsonArray array ? array.Select(EnumOf<Lever>).OfType<Lever>().Distinct().Order().ToList() : [];
                return levers.Count == 0 ? null : string.Join(", ", levers.Select(l => l.DisplayName()));
            case nameof(TeamMember.BackupMemberId) or nameof(RaciCell.MemberId):
                return Guid.TryParse(Text(value), out var id) ? names.GetValueOrDefault(id, "a former team member") : null;
            case StepStatusField:
                return EnumOf<StepStatus>(value) is { } status ? ActionPlan.StepFields.Name(status) : Text(value);
            case RaciRoleField:
                return EnumOf<RaciRole>(value) is { } role ? RaciMatrix.Describe(role) : Text(value);
            case nameof(Strategy.CanvasItemId) or nameof(ActionStep.IndicatorId):
                return Text(value) is null ? null : "Linked";
            case nameof(Plan.ArchivedAt):
                return "Archived";
            case nameof(Plan.PartnersMayExport):
                return value.GetValueKind() == JsonValueKind.True ? "Yes" : "No";
            default:
                return Text(value);
        }
    }

    internal static string AnswerLabel(string entityId)
    {
        var parts = entityId.Split('/', 2);
        return parts.Length == 2 ? WorkbookForm.All.GetValueOrDefault(parts[0])?.FindField(parts[1])?.Label ?? parts[1] : entityId;
    }

    private static CanvasSquare? SquareOf(JsonNode? value) => EnumOf<CanvasSquare>(value);

    private static string DimensionOf(JsonObject? state) => EnumOf<PitchDimension>(state?[nameof(PitchFeedback.Dimension)])?.Info().Title ?? "the pitch";

    /// <summary>"the pitch “Employer breakfast…”", or "a pitch" when its audience is not known.</summary>
    private static string PitchName(string? audience) => audience is null ? "a pitch" : $"the pitch “{Shorten(audience, 60)}”";

    private static T? EnumOf<T>(JsonNode? value) where T : struct, Enum
    {
        if (value is null) return null;
        return value.GetValueKind() switch
        {
            JsonValueKind.Number => (T)Enum.ToObject(typeof(T), value.GetValue<int>()),
            JsonValueKind.String => Core.Common.EnumNames.Parse<T>(value.GetValue<string>()),
            _ => null,
        };
    }

    private static string? Text(JsonNode? value)
    {
        if (value is null) return null;
        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
