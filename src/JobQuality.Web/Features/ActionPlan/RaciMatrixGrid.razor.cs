using JobQuality.Core.ActionPlans;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace JobQuality.Web.Features.ActionPlan;

/// <summary>A step as a row of the matrix: its id and how it reads ("1.2 Survey agencies").</summary>
public sealed record RaciStepRow(Guid Id, string Label);

public sealed partial class RaciMatrixGrid
{
    [Parameter, EditorRequired] public IReadOnlyList<RaciStepRow> Steps { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyList<MemberChoice> Members { get; set; } = [];

    /// <summary>The filled cells (an empty cell is absent).</summary>
    [Parameter, EditorRequired] public IReadOnlyList<RaciCellView> Cells { get; set; } = [];

    [Parameter] public bool ReadOnly { get; set; }
    [Parameter] public string TeamHref { get; set; } = "";

    /// <summary>Asks the page to put <c>role</c> (null: nothing) in a cell; the page saves it and passes the new cells back.</summary>
    [Parameter] public EventCallback<RaciCellView> OnChange { get; set; }

    private static readonly RaciRole?[] Cycle = [null, RaciRole.Responsible, RaciRole.Accountable, RaciRole.Consulted, RaciRole.Informed];

    private readonly Dictionary<(int Row, int Column), ElementReference> Refs = [];
    private (int Row, int Column) _active;
    private (int Row, int Column)? _focusNext;

    private IReadOnlyList<RaciProblem> Problems =>
        RaciMatrix.Check(Steps.Select(s => (s.Id, s.Label)).ToList(), Assignments);

    private IReadOnlyList<RaciLoad> Loads => RaciMatrix.Load(Members.Select(m => m.Id), Assignments);

    private IEnumerable<RaciAssignment> Assignments =>
        Cells.Where(c => c.Role is not null).Select(c => new RaciAssignment(c.StepId, c.MemberId, c.Role!.Value));

    private RaciRole? RoleOf(Guid step, Guid member) => Cells.FirstOrDefault(c => c.StepId == step && c.MemberId == member)?.Role;

    private bool IsActive(int row, int column) =>
        (Math.Min(_active.Row, Steps.Count - 1), Math.Min(_active.Column, Members.Count - 1)) == (row, column);

    private void Focused(int row, int column) => _active = (row, column);

    private Task CycleAsync(int row, int column)
    {
        var current = RoleOf(Steps[row].Id, Members[column].Id);
        var next = Cycle[(Array.IndexOf(Cycle, current) + 1) % Cycle.Length];
        return SetAsync(row, column, next);
    }

    private async Task KeyAsync(KeyboardEventArgs e, int row, int column)
    {
        switch (e.Key)
        {
            case "ArrowUp": Move(row - 1, column); break;
            case "ArrowDown": Move(row + 1, column); break;
            case "ArrowLeft": Move(row, column - 1); break;
            case "ArrowRight": Move(row, column + 1); break;
            case "Home": Move(row, 0); break;
            case "End": Move(row, Members.Count - 1); break;
            case "Delete" or "Backspace": await SetAsync(row, column, null); break;
            default:
                if (e.Key.Length == 1 && !e.CtrlKey && !e.AltKey && !e.MetaKey)
                {
                    RaciRole? role = char.ToUpperInvariant(e.Key[0]) switch
                    {
                        'R' => RaciRole.Responsible,
                        'A' => RaciRole.Accountable,
                        'C' => RaciRole.Consulted,
                        'I' => RaciRole.Informed,
                        _ => null,
                    };
                    if (role is not null) await SetAsync(row, column, role);
                }
                break;
        }
    }

    private void Move(int row, int column)
    {
        if (row < 0 || column < 0 || row >= Steps.Count || column >= Members.Count) return;
        _active = (row, column);
        _focusNext = (row, column);
    }

    private async Task SetAsync(int row, int column, RaciRole? role)
    {
        if (ReadOnly) return;
        _active = (row, column);
        var step = Steps[row].Id;
        var member = Members[column].Id;
        var cell = Cells.FirstOrDefault(c => c.StepId == step && c.MemberId == member);
        if (cell?.Role == role) return;
        await OnChange.InvokeAsync(new RaciCellView(step, member, role, cell?.Version));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusNext is { } target && Refs.TryGetValue(target, out var element))
        {
            _focusNext = null;
            await element.FocusAsync();
        }
    }

    private string CellClass(RaciRole? role, int row, int column) =>
        $"raci-button raci-{(role is { } r ? RaciMatrix.Letter(r).ToString().ToLowerInvariant() : "empty")}{(IsActive(row, column) ? " raci-active" : "")}";

    private static string CellLabel(RaciStepRow step, MemberChoice member, RaciRole? role) =>
        $"{member.Name} in “{step.Label}”: {(role is { } r ? RaciMatrix.Describe(r) : "no letter")}";

    private static string Short(RaciProblemKind kind) => kind switch
    {
        RaciProblemKind.NoAccountable => "needs an A",
        RaciProblemKind.SeveralAccountable => "more than one A",
        _ => "needs an R",
    };
}
