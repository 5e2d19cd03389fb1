using JobQuality.Core.Editing;
using MudBlazor;

namespace JobQuality.Web.Features.Shared.Editing;

/// <summary>Opens the conflict dialog for an <see cref="Autosaver"/>; one per circuit.</summary>
public sealed class ConflictResolver(IDialogService dialogs)
{
    /// <summary>Returns the chosen value per field, or null when the user chose to decide later.</summary>
    /// <param name="displayValue">Turns a stored value into words (a choice's name, a member's name); values show as stored without it.</param>
    public async Task<IReadOnlyDictionary<string, string>?> ResolveAsync(
        string recordName, IReadOnlyList<FieldConflict> conflicts, IReadOnlyDictionary<string, string>? fieldLabels = null,
        Func<string, string, string>? displayValue = null)
    {
        var dialog = await dialogs.ShowAsync<ConflictDialog>("Someone else changed this too",
            new DialogParameters<ConflictDialog>
            {
                { d => d.RecordName, recordName },
                { d => d.Conflicts, conflicts },
                { d => d.FieldLabels, fieldLabels ?? new Dictionary<string, string>() },
                { d => d.DisplayValue, displayValue },
            },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: IReadOnlyDictionary<string, string> chosen } ? chosen : null;
    }

    /// <summary>Wires an autosaver to this dialog.</summary>
    public Autosaver Attach(
        Autosaver autosaver, string recordName, IReadOnlyDictionary<string, string>? fieldLabels = null, Func<string, string, string>? displayValue = null)
    {
        autosaver.ResolveConflicts = conflicts => ResolveAsync(recordName, conflicts, fieldLabels, displayValue);
        return autosaver;
    }
}
