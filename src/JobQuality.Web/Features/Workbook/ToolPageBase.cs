using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using JobQuality.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;

namespace JobQuality.Web.Features.Workbook;

/// <summary>
/// What every planning tool page does the same way: load the plan's context (or show "not found"), keep the app bar and
/// journey menu on this plan, create autosavers, save anything still pending when the user leaves the page, and reload
/// when someone else changes the plan (unless something typed here is not saved yet: then it only says so).
/// </summary>
public abstract class ToolPageBase : ComponentBase, IAsyncDisposable
{
    [Parameter] public Guid PlanId { get; set; }

    [Inject] protected GetToolContext.Handler ContextHandler { get; set; } = default!;
    [Inject] protected WorkspaceState Workspace { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [Inject] protected AutosaverFactory Autosavers { get; set; } = default!;

    /// <summary>Live updates of the plan (the layout cascades them; none in a component test).</summary>
    [CascadingParameter] public PlanLive? Live { get; set; }

    private PlanContentFollower? _follower;

    /// <summary>The tool this page shows (its key in the planning journey).</summary>
    protected abstract string ToolKey { get; }

    /// <summary>Null until loaded, and when the plan is not the caller's to see.</summary>
    protected GetToolContext.Result? Context { get; private set; }

    protected List<Autosaver> Savers { get; } = [];

    protected override async Task OnParametersSetAsync()
    {
        _follower ??= new PlanContentFollower(() => Context?.PlanId, OnPlanChangedAsync);
        _follower.Follow(Live);
        var outcome = await ContextHandler.HandleAsync(PlanId, ToolKey);
        if (!outcome.IsOk)
        {
            Workspace.Show(null);
            Navigation.NotFound();
            return;
        }
        Context = outcome.Value!;
        Workspace.Show(Context.OrganizationSlug, PlanId, Context.PlanName);
        await DisposeSaversAsync();
        await LoadAsync();
    }

    /// <summary>
    /// Someone else saved plan content (or the live connection came back and changes may have been missed): reload, as
    /// opening the page would, when nothing here is waiting to be saved; otherwise keep what is typed and say so (the
    /// autosaver's conflict check then shows both versions).
    /// </summary>
    private Task OnPlanChangedAsync(Data.Live.PlanChangeNotice notice) =>
        InvokeAsync(async () =>
            {
                var who = _follower!.ChangedBy(notice);
                if (Savers.Any(s => s.HasUnsavedChanges || s.State != SaveState.Saved))
                {
                    Live!.Announce($"{Capitalized(who)} changed this plan; your unsaved changes are kept.");
                    return;
                }
                await DisposeSaversAsync();
                await LoadAsync();
                StateHasChanged();
                Live!.Announce($"Updated by {who}.");
            });

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Loads the tool's content once <see cref="Context"/> is known.</summary>
    protected abstract Task LoadAsync();

    protected Autosaver CreateSaver(
        IReadOnlyDictionary<string, string> stored, uint version,
        Func<IReadOnlyDictionary<string, string>, uint, Task<SaveAttempt>> save,
        string recordName, IReadOnlyDictionary<string, string>? fieldLabels = null, Func<string, string, string>? displayValue = null)
    {
        var saver = Autosavers.Create(stored, version, save, recordName, fieldLabels, InvokeAsync, StateHasChanged, displayValue);
        Savers.Add(saver);
        return saver;
    }

    /// <summary>
    /// An autosaver of one form answer of this tool. <paramref name="shownText"/> is what the field starts with when it
    /// differs from the stored answer (the charge starting as the value proposition): it is saved only once edited.
    /// </summary>
    protected Autosaver CreateAnswerSaver(SaveWorkbookAnswer.Handler save, Core.Workbook.FormField field, AnswerView answer, string? shownText = null) => CreateSaver(
        new Dictionary<string, string> { [field.Key] = shownText ?? answer.Text }, answer.Version,
        async (values, version) => SaveAttempt.From(
            await save.HandleAsync(new SaveWorkbookAnswer.Command(PlanId, ToolKey, field.Key, version, values[field.Key])),
            saved => new Dictionary<string, string> { [field.Key] = saved.Text }, saved => saved.Version),
        $"the answer to “{field.Label}”", new Dictionary<string, string> { [field.Key] = field.Label });

    protected async Task RemoveSaverAsync(Autosaver saver)
    {
        Savers.Remove(saver);
        await FlushAndDisposeAsync(saver);
    }

    private async Task DisposeSaversAsync()
    {
        foreach (var saver in Savers.ToList()) await FlushAndDisposeAsync(saver);
        Savers.Clear();
    }

    private static async Task FlushAndDisposeAsync(Autosaver saver)
    {
        // Leaving the page saves what is pending; a conflict found now stays unsaved rather than open a dialog nobody sees.
        saver.ResolveConflicts = null;
        try
        {
            await saver.FlushAsync();
        }
        finally
        {
            saver.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _follower?.Dispose();
        await DisposeSaversAsync();
        GC.SuppressFinalize(this);
    }
}
