namespace JobQuality.Web.Features.Shared.Editing;

/// <summary>Creates autosavers wired to the circuit's clock and conflict dialog, so every tool page saves the same way.</summary>
public sealed class AutosaverFactory(TimeProvider clock, ConflictResolver conflicts)
{
    /// <param name="recordName">How the record reads in a sentence, for the conflict dialog ("the mission").</param>
    /// <param name="dispatch">The component's <c>InvokeAsync</c>.</param>
    /// <param name="changed">Re-renders the component (its <c>StateHasChanged</c>).</param>
    /// <param name="displayValue">How the conflict dialog shows a stored value in words, for fields that store codes.</param>
    public Autosaver Create(
        IReadOnlyDictionary<string, string> stored, uint version,
        Func<IReadOnlyDictionary<string, string>, uint, Task<SaveAttempt>> save,
        string recordName, IReadOnlyDictionary<string, string>? fieldLabels,
        Func<Func<Task>, Task> dispatch, Action changed, Func<string, string, string>? displayValue = null)
    {
        var saver = new Autosaver(stored, version, save, dispatch, clock);
        conflicts.Attach(saver, recordName, fieldLabels, displayValue);
        saver.Changed += changed;
        return saver;
    }
}
