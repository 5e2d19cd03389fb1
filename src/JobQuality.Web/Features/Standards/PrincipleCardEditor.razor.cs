using JobQuality.Core.Scoring.Standards;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobQuality.Web.Features.Standards;

public sealed partial class PrincipleCardEditor
{
    [Parameter, EditorRequired] public PrincipleCard Card { get; set; } = default!;

    /// <summary>The validator's messages, sorted by card and criterion.</summary>
    [Parameter] public CardProblems Problems { get; set; } = new([]);

    /// <summary>Shows the card in words, without inputs (published and retired versions).</summary>
    [Parameter] public bool ReadOnly { get; set; }

    /// <summary>The card changed; true when the change is complete and can be saved at once.</summary>
    [Parameter] public EventCallback<bool> OnChanged { get; set; }

    private readonly Dictionary<CriterionCard, CriterionRow> _rows = [];
    private MudButton? _add;

    /// <summary>Where the keyboard goes after the next render: a criterion's first input, or the add button (null).</summary>
    private (bool Pending, CriterionCard? Criterion) _focus;

    private string HeadingId => $"principle-{Card.Principle}";
    private string ModeLabelId => $"principle-{Card.Principle}-mode";
    private string ProblemId => $"principle-{Card.Principle}-problem";
    private string AndId => $"principle-{Card.Principle}-and";

    private IReadOnlyList<string> PrincipleProblems => Problems.For(Card.Principle);

    private Dictionary<string, object?> ModeAttributes
    {
        get
        {
            var attributes = new Dictionary<string, object?> { ["aria-labelledby"] = ModeLabelId };
            if (PrincipleProblems.Count > 0) attributes["aria-describedby"] = ProblemId;
            return attributes;
        }
    }

    private PrincipleCard? _shown;

    protected override void OnParametersSet()
    {
        // Cards read again from the JSON (after a merge, or edits in the JSON view) are new objects: forget the old rows.
        if (!ReferenceEquals(_shown, Card)) _rows.Clear();
        _shown = Card;
    }

    private async Task SetModeAsync(PrincipleMode? mode)
    {
        if (mode is null) return;
        Card.SetMode(mode.Value);
        await OnChanged.InvokeAsync(true);
    }

    private async Task AddAsync()
    {
        var added = Card.AddCriterion();
        _focus = (true, added);
        await OnChanged.InvokeAsync(true);
    }

    private async Task RemoveAsync(CriterionCard criterion)
    {
        var index = Card.Criteria.ToList().IndexOf(criterion);
        Card.RemoveCriterion(criterion);
        _rows.Remove(criterion);
        // The keyboard stays in the list: on the criterion that took its place, else the one before, else the add button.
        var next = Card.Criteria.Count == 0 ? null : Card.Criteria[Math.Min(index, Card.Criteria.Count - 1)];
        _focus = (true, next);
        await OnChanged.InvokeAsync(true);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_focus.Pending) return;
        var criterion = _focus.Criterion;
        _focus = default;
        if (criterion is not null && _rows.TryGetValue(criterion, out var row)) await row.FocusAsync();
        else if (_add is not null) await _add.FocusAsync();
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Words(CriterionCard criterion) =>
        criterion.ToCriterion()?.Describe()
        ?? $"{criterion.FieldText ?? "(no field)"} {criterion.OpText ?? "(no test)"} (incomplete)";
}
