using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JobQuality.Core.Common;

namespace JobQuality.Core.Scoring.Standards;

/// <summary>Standards JSON read as cards, or why it can only be edited as JSON (<see cref="Reasons"/>).</summary>
public sealed record CardsReading(StandardsCards? Cards, IReadOnlyList<StandardsError> Reasons);

/// <summary>
/// A standards document (SCORING.md section 3) as eight editable principle cards, one per principle in the contract's
/// order. The cards edit the JSON itself: each card and criterion holds its own object of the document, and a change
/// writes only the keys it is about. Whatever the cards do not show (keys of their own, a value of the wrong kind that a
/// message names) stays in the JSON as it was, so switching between the cards and the JSON loses nothing.
/// A draft may be incomplete, so the cards show invalid standards too; JSON whose shape no card can show (not an object,
/// an unknown or repeated principle, a criterion that is not an object…) is not read as cards at all.
/// </summary>
public sealed partial class StandardsCards
{
    private readonly JsonObject _root;
    private readonly List<PrincipleCard> _cards;

    private StandardsCards(JsonObject root, IReadOnlyDictionary<Principle, JsonObject> entries)
    {
        _root = root;
        _cards = Enum.GetValues<Principle>().Select(p => new PrincipleCard(this, p, entries.GetValueOrDefault(p))).ToList();
    }

    /// <summary>The eight principles, in the contract's order, whether the JSON lists them or not.</summary>
    public IReadOnlyList<PrincipleCard> Principles => _cards;

    public PrincipleCard this[Principle principle] => _cards[(int)principle];

    /// <summary>The "name" of the standards (null while the JSON has none).</summary>
    public string? Name
    {
        get => TextOf(_root["name"]);
        set => _root["name"] = value;
    }

    /// <summary>Whether a principle that counts (Required or Scored) measures pay against the living wage table.</summary>
    public bool UsesLivingWage => _cards.Any(p => p.Mode is PrincipleMode.Required or PrincipleMode.Scored
                                                   && p.Criteria.Any(c => c.Op == CriterionOp.LivingWage));

    /// <summary>Reads standards JSON as cards; any JSON object whose principles and criteria are objects can be read.</summary>
    public static CardsReading Read(string text)
    {
        var (json, notJson) = StandardsText.Normalize(text);
        if (notJson is not null) return new(null, [notJson]);
        var root = JsonNode.Parse(json!)!.AsObject();
        var reasons = new List<StandardsError>();
        if (root["name"] is { } name && name.GetValueKind() != JsonValueKind.String)
        {
            reasons.Add(new("name", "The \"name\" must be text in quotes."));
        }
        var entries = new Dictionary<Principle, JsonObject>();
        switch (root["principles"])
        {
            case null:
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++) ReadPrinciple(list[i], i, entries, reasons);
                break;
            default:
                reasons.Add(new("principles", "\"principles\" must be a list in square brackets: [ … ]."));
                break;
        }
        return reasons.Count > 0 ? new(null, reasons) : new(new StandardsCards(root, entries), []);
    }

    /// <summary>Cards for standards already validated, for example to show a published version.</summary>
    public static StandardsCards From(JobQualityStandards standards) => Read(StandardsJson.Write(standards)).Cards!;

    /// <summary>The standards as the JSON to store: indented, keys in the contract's order.</summary>
    public string ToJson() => StandardsText.Normalize(_root.ToJsonString()).Json!;

    /// <summary>Sorts the validator's problems by the card and criterion they name, for showing each beside its card.</summary>
    public CardProblems Locate(IReadOnlyList<StandardsError> errors)
    {
        var problems = new CardProblems(errors);
        foreach (var error in errors)
        {
            var match = PathPattern().Match(error.Path);
            if (string.Equals(error.Path, "name", StringComparison.OrdinalIgnoreCase))
            {
                problems.Name.Add(error.Message);
            }
            else if (match.Success && _cards.FirstOrDefault(c => c.Index == int.Parse(match.Groups["p"].Value)) is { } card)
            {
                if (match.Groups["c"].Success) problems.AddCriterion(card.Principle, int.Parse(match.Groups["c"].Value), error.Message);
                else problems.AddPrinciple(card.Principle, error.Message);
            }
            else
            {
                problems.General.Add(error.Message);
            }
        }
        return problems;
    }

    internal JsonArray PrinciplesArray
    {
        get
        {
            if (_root["principles"] is JsonArray list) return list;
            list = [];
            _root["principles"] = list;
            return list;
        }
    }

    /// <summary>Adds a principle to the JSON, before the first listed principle that comes after it in the contract.</summary>
    internal JsonObject AddEntry(Principle principle, PrincipleMode mode)
    {
        var entry = new JsonObject { ["principle"] = principle.ToString(), ["mode"] = mode.ToString(), ["criteria"] = new JsonArray() };
        var list = PrinciplesArray;
        var later = _cards.Where(c => c.Principle > principle && c.Index is not null).Select(c => c.Index!.Value).DefaultIfEmpty(list.Count).Min();
        list.Insert(later, entry);
        return entry;
    }

    private static void ReadPrinciple(JsonNode? node, int i, Dictionary<Principle, JsonObject> entries, List<StandardsError> reasons)
    {
        var path = $"principles[{i}]";
        if (node is not JsonObject entry)
        {
            reasons.Add(new(path, $"Principle {i + 1} must be an object with \"principle\", \"mode\" and \"criteria\"."));
            return;
        }
        var principle = EnumNames.Parse<Principle>(TextOf(entry["principle"]));
        if (principle is null)
        {
            reasons.Add(new($"{path}.principle",
                $"Principle {i + 1} must name one of the eight principles ({string.Join(", ", Enum.GetNames<Principle>())})."));
            return;
        }
        if (!entries.TryAdd(principle.Value, entry))
        {
            reasons.Add(new($"{path}.principle", $"{principle}: listed twice; the cards show each principle once, so keep one of them."));
            return;
        }
        if (entry["mode"] is { } mode && mode.GetValueKind() != JsonValueKind.String)
        {
            reasons.Add(new($"{path}.mode", $"{principle}: the mode must be text in quotes, such as \"Required\"."));
        }
        switch (entry["criteria"])
        {
            case null:
                break;
            case JsonArray criteria:
                for (var c = 0; c < criteria.Count; c++) ReadCriterion(criteria[c], $"{path}.criteria[{c}]", $"{principle}, criterion {c + 1}", reasons);
                break;
            default:
                reasons.Add(new($"{path}.criteria", $"{principle}: \"criteria\" must be a list in square brackets: [ … ]."));
                break;
        }
    }

    private static void ReadCriterion(JsonNode? node, string path, string label, List<StandardsError> reasons)
    {
        if (node is not JsonObject criterion)
        {
            reasons.Add(new(path, $"{label} must be an object such as {{ \"field\": \"weekly_hours\", \"op\": \">=\", \"value\": 30 }}."));
            return;
        }
        foreach (var key in new[] { "field", "op" })
        {
            if (criterion[key] is { } value && value.GetValueKind() != JsonValueKind.String)
            {
                reasons.Add(new($"{path}.{key}", $"{label}: \"{key}\" must be text in quotes."));
            }
        }
        var card = new CriterionCard(criterion);
        if (card.Input == CriterionInput.WholeNumber && criterion["value"] is { } number && number.GetValueKind() == JsonValueKind.Number && card.WholeNumber is null)
        {
            reasons.Add(new($"{path}.value", $"{label}: {card.Field!.Name} counts whole numbers, and the cards take only whole numbers for it ({number.ToJsonString()} is not one)."));
        }
        if (criterion["values"] is JsonArray values && values.Any(v => TextOf(v) is not { } text || text.Contains('\n')))
        {
            reasons.Add(new($"{path}.values", $"{label}: every one of \"values\" must be text in quotes, on one line."));
        }
    }

    internal static string? TextOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    internal static decimal? NumberOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) ? number : null;

    [GeneratedRegex(@"^principles\[(?<p>\d+)\](\.[a-z]+(\[(?<c>\d+)\])?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();
}

/// <summary>One of the eight principles as a card: how it counts, and its criteria (all must hold).</summary>
public sealed class PrincipleCard
{
    private readonly StandardsCards _owner;
    private JsonObject? _entry;
    private readonly List<CriterionCard> _criteria;

    internal PrincipleCard(StandardsCards owner, Principle principle, JsonObject? entry)
    {
        _owner = owner;
        Principle = principle;
        _entry = entry;
        _criteria = entry?["criteria"] is JsonArray list ? list.Select(c => new CriterionCard((JsonObject)c!)).ToList() : [];
    }

    public Principle Principle { get; }

    /// <summary>Whether the JSON lists the principle (one it does not list is not used).</summary>
    public bool Listed => _entry is not null;

    /// <summary>Where the JSON lists the principle (the <c>i</c> of <c>principles[i]</c>), or null when it does not.</summary>
    public int? Index => _entry is null ? null : _owner.PrinciplesArray.IndexOf(_entry);

    /// <summary>How the principle counts; null when the JSON lists it without a valid mode (a message says so).</summary>
    public PrincipleMode? Mode => _entry is null ? PrincipleMode.NotUsed : EnumNames.Parse<PrincipleMode>(StandardsCards.TextOf(_entry["mode"]));

    /// <summary>Whether placements are checked on this principle (Required or Scored).</summary>
    public bool Counts => Mode is PrincipleMode.Required or PrincipleMode.Scored;

    public IReadOnlyList<CriterionCard> Criteria => _criteria;

    /// <summary>Sets how the principle counts. Not used keeps the criteria, so choosing Required again brings them back.</summary>
    public void SetMode(PrincipleMode mode)
    {
        if (_entry is null)
        {
            if (mode != PrincipleMode.NotUsed) _entry = _owner.AddEntry(Principle, mode);
            return;
        }
        _entry["mode"] = mode.ToString();
    }

    /// <summary>Adds a criterion that starts on the first field usually measuring this principle that the card does not test yet.</summary>
    public CriterionCard AddCriterion()
    {
        _entry ??= _owner.AddEntry(Principle, PrincipleMode.NotUsed);
        if (_entry["criteria"] is not JsonArray list)
        {
            list = [];
            _entry["criteria"] = list;
        }
        var node = new JsonObject();
        list.Add(node);
        var criterion = new CriterionCard(node);
        var suggested = CriterionChoices.SuggestedFields(Principle);
        var field = suggested.FirstOrDefault(f => _criteria.All(c => c.Field != f)) ?? suggested.FirstOrDefault();
        if (field is not null) criterion.SetField(field);
        _criteria.Add(criterion);
        return criterion;
    }

    public void RemoveCriterion(CriterionCard criterion)
    {
        if (!_criteria.Remove(criterion)) return;
        (_entry?["criteria"] as JsonArray)?.Remove(criterion.Node);
    }
}

/// <summary>Which input of a criterion a problem is about.</summary>
public enum CriterionPart
{
    Field,
    Operator,
    Value,
}

/// <summary>One criterion of a card: a field, an operator that fits it, and the value the operator needs.</summary>
public sealed class CriterionCard
{
    internal CriterionCard(JsonObject node) => Node = node;

    internal JsonObject Node { get; }

    /// <summary>The field as written (it may not be a field standards can test: a message then says so).</summary>
    public string? FieldText => StandardsCards.TextOf(Node["field"]);

    /// <summary>The field, when it is one standards may test.</summary>
    public PlacementField? Field => FieldText is { } name && PlacementFields.Find(name) is { UsableInCriteria: true } usable ? usable : null;

    public string? OpText => StandardsCards.TextOf(Node["op"]);

    /// <summary>The operator as written, whether or not it fits the field.</summary>
    public CriterionOp? Op => OpText is { } symbol ? Criterion.FromSymbol(symbol) : null;

    /// <summary>The operator when it fits the field (the card offers only these).</summary>
    public CriterionOp? FittingOp => Field is { } tested && Op is { } op && CriterionChoices.Fits(tested, op) ? op : null;

    public CriterionInput Input => Field is { } tested && FittingOp is { } op ? CriterionChoices.InputFor(tested, op) : CriterionInput.None;

    /// <summary>The number of <c>value</c>, when it is one.</summary>
    public decimal? Number => StandardsCards.NumberOf(Node["value"]);

    /// <summary>The number of <c>value</c>, when it is a whole number.</summary>
    public int? WholeNumber => Number is { } n && n == decimal.Truncate(n) && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;

    /// <summary>The yes/no of <c>value</c>, when it is one.</summary>
    public bool? Flag => Node["value"]?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>The text values of <c>values</c> (empty when there are none).</summary>
    public IReadOnlyList<string> Values => Node["values"] is JsonArray list
        ? list.Select(StandardsCards.TextOf).OfType<string>().ToList()
        : [];

    /// <summary>The share of the living wage, in percent, of <c>pct</c>.</summary>
    public decimal? Pct => StandardsCards.NumberOf(Node["pct"]);

    /// <summary>The input a problem with this criterion belongs to: the first of field, operator and value that is not right.</summary>
    public CriterionPart ProblemPart => Field is null ? CriterionPart.Field : FittingOp is null ? CriterionPart.Operator : CriterionPart.Value;

    /// <summary>
    /// Chooses the field. The operator is kept when it fits the new field (else it becomes the field's usual one), and a
    /// value is kept when it still fits.
    /// </summary>
    public void SetField(PlacementField field)
    {
        if (!field.UsableInCriteria) throw new ArgumentException($"Standards cannot test {field.Name}.", nameof(field));
        Node["field"] = field.Name;
        SetOperator(FittingOp ?? CriterionChoices.DefaultOperator(field));
    }

    /// <summary>Chooses an operator that fits the field, and makes the value fit what it needs (living_wage starts at 100%, yes/no at yes).</summary>
    public void SetOperator(CriterionOp op)
    {
        var field = Field ?? throw new InvalidOperationException("Choose the field before the operator.");
        if (!CriterionChoices.Fits(field, op)) throw new ArgumentException($"{Criterion.Symbol(op)} does not fit {field.Name}.", nameof(op));
        Node["op"] = Criterion.Symbol(op);
        var input = CriterionChoices.InputFor(field, op);
        if (input != CriterionInput.Percent) Node.Remove("pct");
        if (input != CriterionInput.TextList) Node.Remove("values");
        switch (input)
        {
            case CriterionInput.Percent:
                Node.Remove("value");
                if (Pct is not > 0) SetPct(100);
                break;
            case CriterionInput.YesNo:
                if (Flag is null) SetFlag(true);
                break;
            case CriterionInput.Number when Number is null:
            case CriterionInput.WholeNumber when WholeNumber is null:
            case CriterionInput.TextList:
                Node.Remove("value");
                break;
        }
    }

    public void SetNumber(decimal? number) => Set("value", number is { } n ? JsonValue.Create(n) : null);

    public void SetFlag(bool? flag) => Set("value", flag is { } f ? JsonValue.Create(f) : null);

    /// <summary>Sets the text values, trimmed, without blanks; no values at all leaves <c>values</c> out (a message then asks for one).</summary>
    public void SetValues(IEnumerable<string> values)
    {
        var kept = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        Set("values", kept.Count == 0 ? null : new JsonArray(kept.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()));
    }

    public void SetPct(decimal? pct) => Set("pct", pct is { } p ? JsonValue.Create(p) : null);

    /// <summary>The criterion as the scoring engine reads it, when it is complete and right; null while it is not.</summary>
    public Criterion? ToCriterion()
    {
        if (Field is not { } field || FittingOp is not { } op) return null;
        return Input switch
        {
            CriterionInput.Number or CriterionInput.WholeNumber when Number is { } n => new Criterion(field.Name, op) { Number = n },
            CriterionInput.YesNo when Flag is { } f => new Criterion(field.Name, op) { Flag = f },
            CriterionInput.TextList when Values.Count > 0 => new Criterion(field.Name, op) { Values = Values },
            CriterionInput.Percent when Pct is > 0 => new Criterion(field.Name, op) { Pct = Pct },
            _ => null,
        };
    }

    private void Set(string key, JsonNode? value)
    {
        if (value is null) Node.Remove(key);
        else Node[key] = value;
    }
}

/// <summary>The validator's problems sorted by where the cards show them: the name, a principle, a criterion, or the whole.</summary>
public sealed class CardProblems(IReadOnlyList<StandardsError> all)
{
    private readonly Dictionary<Principle, List<string>> _principles = [];
    private readonly Dictionary<(Principle, int), List<string>> _criteria = [];

    /// <summary>Every problem, in the validator's order (the summary at the top).</summary>
    public IReadOnlyList<StandardsError> All { get; } = all;

    public List<string> Name { get; } = [];

    /// <summary>Problems of the standards as a whole ("No principle is Required…").</summary>
    public List<string> General { get; } = [];

    /// <summary>Problems of a principle itself: its mode, or a counted principle without criteria.</summary>
    public IReadOnlyList<string> For(Principle principle) => _principles.GetValueOrDefault(principle) ?? [];

    /// <summary>Problems of one criterion (by its place on the card, from 0).</summary>
    public IReadOnlyList<string> For(Principle principle, int criterion) => _criteria.GetValueOrDefault((principle, criterion)) ?? [];

    internal void AddPrinciple(Principle principle, string message)
    {
        if (!_principles.TryGetValue(principle, out var list)) _principles[principle] = list = [];
        list.Add(message);
    }

    internal void AddCriterion(Principle principle, int criterion, string message)
    {
        if (!_criteria.TryGetValue((principle, criterion), out var list)) _criteria[(principle, criterion)] = list = [];
        list.Add(message);
    }
}
