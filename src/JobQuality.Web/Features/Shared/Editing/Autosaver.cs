using JobQuality.Core.Editing;

namespace JobQuality.Web.Features.Shared.Editing;

/// <summary>Where a record's edits stand, as the save indicator reports it.</summary>
public enum SaveState
{
    Saved,
    Unsaved,
    Saving,

    /// <summary>Someone else changed the same field: waiting for the user to choose.</summary>
    Conflict,

    /// <summary>The last save was refused (see <see cref="Autosaver.Errors"/>) or could not reach the database.</summary>
    Failed,
}

/// <summary>What the server said to one save: the record's stored values and version, theirs on a conflict.</summary>
public sealed record SaveAttempt(OutcomeStatus Status, IReadOnlyDictionary<string, string>? Values = null, uint Version = 0, IReadOnlyList<FieldError>? Errors = null)
{
    public static SaveAttempt From<T>(Outcome<T> outcome, Func<T, IReadOnlyDictionary<string, string>> values, Func<T, uint> version) =>
        outcome.Value is { } value
            ? new SaveAttempt(outcome.Status, values(value), version(value), outcome.Errors)
            : new SaveAttempt(outcome.Status, Errors: outcome.Errors);
}

/// <summary>
/// Autosaves one record made of named text fields: a save starts 1 second after the last keystroke, or at once when the
/// user leaves a field, and only one save runs at a time. A save from a stale version comes back as a conflict: edits
/// that do not collide are merged and saved again; fields both people changed are handed to
/// <see cref="ResolveConflicts"/> (the conflict dialog). Nothing typed is dropped and nothing saved is overwritten unseen.
/// </summary>
public sealed class Autosaver : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly Func<IReadOnlyDictionary<string, string>, uint, Task<SaveAttempt>> _save;
    private readonly Func<Func<Task>, Task> _dispatch;
    private readonly ITimer _timer;
    private Dictionary<string, string> _stored;
    private readonly Dictionary<string, string> _mine;
    private bool _saving;

    /// <param name="stored">The record as loaded.</param>
    /// <param name="version">Its version (0 for a record not saved yet).</param>
    /// <param name="save">Stores the values from the given version.</param>
    /// <param name="dispatch">Runs work on the component's renderer (a component's <c>InvokeAsync</c>).</param>
    public Autosaver(
        IReadOnlyDictionary<string, string> stored, uint version,
        Func<IReadOnlyDictionary<string, string>, uint, Task<SaveAttempt>> save,
        Func<Func<Task>, Task> dispatch, TimeProvider clock)
    {
        _stored = new Dictionary<string, string>(stored);
        _mine = new Dictionary<string, string>(stored);
        Version = version;
        _save = save;
        _dispatch = dispatch;
        _timer = clock.CreateTimer(_ => _ = _dispatch(SaveAsync), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public uint Version { get; private set; }
    public SaveState State { get; private set; } = SaveState.Saved;
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>Set when a save merged someone else's change into this record; cleared on the next edit.</summary>
    public bool MergedOthersChange { get; private set; }

    /// <summary>Opens the conflict dialog: given the colliding fields, returns the chosen value of each, or null to decide later.</summary>
    public Func<IReadOnlyList<FieldConflict>, Task<IReadOnlyDictionary<string, string>?>>? ResolveConflicts { get; set; }

    /// <summary>Raised whenever <see cref="State"/> or the values change, so the page re-renders.</summary>
    public event Action? Changed;

    /// <summary>Raised after a successful save with the stored values (for example to update a progress badge).</summary>
    public event Action<IReadOnlyDictionary<string, string>>? Saved;

    public string this[string field] => _mine.GetValueOrDefault(field, "");

    public IReadOnlyDictionary<string, string> Values => _mine;

    public bool HasUnsavedChanges => _mine.Any(kv => _stored.GetValueOrDefault(kv.Key, "") != kv.Value);

    /// <summary>Records a keystroke's worth of change and restarts the 1-second wait.</summary>
    public void Edit(string field, string value)
    {
        _mine[field] = value;
        MergedOthersChange = false;
        if (State != SaveState.Saving && State != SaveState.Conflict) State = HasUnsavedChanges ? SaveState.Unsaved : SaveState.Saved;
        _timer.Change(Delay, Timeout.InfiniteTimeSpan);
        Changed?.Invoke();
    }

    /// <summary>Saves now (the user left the field, or the page is closing).</summary>
    public Task FlushAsync() => SaveAsync();

    /// <summary>Opens the conflict dialog again after the user chose to decide later.</summary>
    public Task ResolveAsync() => SaveAsync();

    private async Task SaveAsync()
    {
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_saving) return; // the running save checks for newer edits when it ends
        if (!HasUnsavedChanges && State != SaveState.Conflict)
        {
            // Typed back to what is stored: nothing to save, and no earlier complaint applies any more.
            Errors = [];
            if (State != SaveState.Saved) SetState(SaveState.Saved);
            return;
        }
        _saving = true;
        try
        {
            SetState(SaveState.Saving);
            var sent = new Dictionary<string, string>(_mine);
            SaveAttempt result;
            try
            {
                result = await _save(sent, Version);
            }
            catch (Exception) when (!_disposed)
            {
                // The database or network hiccupped: keep the edits and try again shortly.
                Errors = [new FieldError("", "Could not save just now. Trying again in a few seconds.")];
                SetState(SaveState.Failed);
                _timer.Change(RetryDelay, Timeout.InfiniteTimeSpan);
                return;
            }
            await HandleAsync(result, sent);
        }
        finally
        {
            _saving = false;
        }
        // Typing that arrived while the save ran, or a merge with someone else's version, still needs saving.
        if (State == SaveState.Unsaved) _timer.Change(MergedOthersChange ? TimeSpan.Zero : Delay, Timeout.InfiniteTimeSpan);
    }

    private async Task HandleAsync(SaveAttempt result, Dictionary<string, string> sent)
    {
        switch (result.Status)
        {
            case OutcomeStatus.Ok:
                Version = result.Version;
                // What the server stored (trimmed) is the base for the next merge; what the user sees stays as typed.
                _stored = new Dictionary<string, string>(result.Values!);
                foreach (var (field, value) in sent)
                {
                    if (_mine.GetValueOrDefault(field) == value && Same(value, _stored.GetValueOrDefault(field, ""))) _stored[field] = value;
                }
                Errors = [];
                SetState(HasUnsavedChanges ? SaveState.Unsaved : SaveState.Saved);
                Saved?.Invoke(_stored);
                break;
            case OutcomeStatus.Conflict:
                await MergeAsync(result.Values!, result.Version);
                break;
            case OutcomeStatus.Invalid:
                Errors = result.Errors ?? [];
                SetState(SaveState.Failed);
                break;
            default:
                Errors = [new FieldError("", "This is no longer available to you, so your change was not saved.")];
                SetState(SaveState.Failed);
                break;
        }
    }

    private async Task MergeAsync(IReadOnlyDictionary<string, string> theirs, uint theirVersion)
    {
        var merge = ThreeWayMerge.Merge(_stored, theirs, _mine);
        IReadOnlyDictionary<string, string>? chosen = new Dictionary<string, string>();
        if (merge.Conflicts.Count > 0)
        {
            SetState(SaveState.Conflict);
            chosen = ResolveConflicts is null ? null : await ResolveConflicts(merge.Conflicts);
            if (chosen is null) return; // decide later: keep both versions in hand, nothing saved over theirs
        }
        _stored = new Dictionary<string, string>(theirs);
        Version = theirVersion;
        foreach (var (field, value) in merge.Merged) _mine[field] = value;
        foreach (var (field, value) in chosen) _mine[field] = value;
        MergedOthersChange = true;
        Errors = [];
        SetState(HasUnsavedChanges ? SaveState.Unsaved : SaveState.Saved);
    }

    private static bool Same(string a, string b) => a.Trim() == b.Trim();

    private bool _disposed;

    private void SetState(SaveState state)
    {
        State = state;
        Changed?.Invoke();
    }

    public void Dispose()
    {
        _disposed = true;
        _timer.Dispose();
    }
}
