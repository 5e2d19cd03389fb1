using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobQuality.Web.Features.Standards;

public sealed partial class CriterionRow
{
    [Parameter, EditorRequired] public CriterionCard Criterion { get; set; } = default!;
    [Parameter, EditorRequired] public Principle Principle { get; set; }

    /// <summary>The criterion's place on its card, from 0 (the validator's <c>criteria[i]</c>).</summary>
    [Parameter, EditorRequired] public int Position { get; set; }

    /// <summary>The validator's messages about this criterion.</summary>
    [Parameter] public IReadOnlyList<string> Problems { get; set; } = [];

    /// <summary>The criterion changed; true when the change is complete (a choice, or leaving a field) and can be saved at once.</summary>
    [Parameter] public EventCallback<bool> OnChanged { get; set; }

    [Parameter] public EventCallback<CriterionCard> OnRemove { get; set; }

    private MudSelect<string>? _field;

    /// <summary>The values as typed, one per line (blank lines and spaces kept while typing; the JSON gets them trimmed).</summary>
    private string _valuesText = "";

    private string IdPrefix => $"{Principle}-criterion-{Position + 1}";
    private string ProblemId => $"{IdPrefix}-problem";
    private string HelperId => $"{IdPrefix}-help";
    private string GroupLabel => $"Criterion {Position + 1} of {Principle.Name()}";

    protected override void OnParametersSet()
    {
        if (!ValueLines(_valuesText).SequenceEqual(Criterion.Values)) _valuesText = string.Join("\n", Criterion.Values);
    }

    /// <summary>Puts the keyboard on the criterion's first input (after it was added, or the one before it removed).</summary>
    public async Task FocusAsync()
    {
        if (_field is not null) await _field.FocusAsync();
    }

    private bool InError(CriterionPart part) => Problems.Count > 0 && Criterion.ProblemPart == part;

    /// <summary>Marks the input for tests, and ties the criterion's problem to the input it is about.</summary>
    private Dictionary<string, object?> Attributes(CriterionPart part, string name, string? helperId = null)
    {
        var describedBy = string.Join(" ", new[] { InError(part) ? ProblemId : null, helperId }.OfType<string>());
        var attributes = new Dictionary<string, object?> { ["data-input"] = name };
        if (describedBy.Length > 0) attributes["aria-describedby"] = describedBy;
        return attributes;
    }

    private async Task ChooseFieldAsync(string? name)
    {
        if (name is null || PlacementFields.Find(name) is not { UsableInCriteria: true } field) return;
        Criterion.SetField(field);
        await OnChanged.InvokeAsync(true);
    }

    private async Task ChooseOperatorAsync(CriterionOp? op)
    {
        if (op is null || Criterion.Field is not { } field || !CriterionChoices.Fits(field, op.Value)) return;
        Criterion.SetOperator(op.Value);
        await OnChanged.InvokeAsync(true);
    }

    private Task SetNumberAsync(decimal? number)
    {
        Criterion.SetNumber(number);
        return OnChanged.InvokeAsync(false);
    }

    private Task SetWholeNumberAsync(int? number)
    {
        Criterion.SetNumber(number);
        return OnChanged.InvokeAsync(false);
    }

    private Task SetPctAsync(decimal? pct)
    {
        Criterion.SetPct(pct);
        return OnChanged.InvokeAsync(false);
    }

    private Task SetFlagAsync(bool? flag)
    {
        Criterion.SetFlag(flag);
        return OnChanged.InvokeAsync(true);
    }

    private Task SetValuesAsync(string? text)
    {
        _valuesText = text ?? "";
        Criterion.SetValues(ValueLines(_valuesText));
        return OnChanged.InvokeAsync(false);
    }

    private static IEnumerable<string> ValueLines(string text) =>
        text.Split('\n').Select(v => v.Trim()).Where(v => v.Length > 0);

    private static string FieldText(string? name) =>
        name is null ? "" : PlacementFields.Find(name) is { } field ? CriterionChoices.FieldName(field) : name;

    private string OperatorText(CriterionOp? op) =>
        op is { } chosen && Criterion.Field is { } field ? CriterionChoices.OperatorName(chosen, field.Type) : "";

    private static string YesNo(bool? flag) => flag switch
    {
        true => "Yes",
        false => "No",
        null => "",
    };
}
