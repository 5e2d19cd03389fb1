using JobQuality.Core.Challenges;
using JobQuality.Core.Common;
using JobQuality.Core.Plans;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using MudBlazor;

namespace JobQuality.Web.Features.Challenges;

public sealed partial class ChallengesPage
{
    private sealed class Entry(ChallengeView view, Autosaver saver)
    {
        public Guid Id { get; } = view.Id;
        public string? LibraryKey { get; } = view.LibraryKey;
        public Autosaver Saver { get; } = saver;
    }

    private ChallengesView? _view;
    private readonly List<Entry> _entries = [];
    private string _ownTitle = "";
    private string _ownResponse = "";
    private IReadOnlyList<FieldError> _addErrors = [];
    private string _announcement = "";

    protected override string ToolKey => ChallengeLibrary.ToolKey;

    private ToolProgress LiveProgress => ChallengeLibrary.Progress(_entries
        .Select(e => (!string.IsNullOrWhiteSpace(e.Saver[ChallengeFields.Response]), e.Saver[ChallengeFields.OwnerMemberId].Length > 0)).ToList());

    protected override async Task LoadAsync()
    {
        var outcome = await PageHandler.HandleAsync(PlanId);
        if (!outcome.IsOk)
        {
            Navigation.NotFound();
            return;
        }
        _view = outcome.Value!;
        _entries.Clear();
        foreach (var challenge in _view.Challenges) Track(challenge);
    }

    private void Track(ChallengeView challenge)
    {
        var saver = CreateSaver(challenge.ToFields(), challenge.Version,
            async (values, version) => SaveAttempt.From(
                await SaveHandler.HandleAsync(new SaveChallenge.Command(PlanId, challenge.Id, version,
                    values[ChallengeFields.Title], values[ChallengeFields.Response], values[ChallengeFields.Notes],
                    values[ChallengeFields.Status], values[ChallengeFields.OwnerMemberId])),
                saved => saved.ToFields(), saved => saved.Version),
            $"the challenge “{challenge.Title}”", ChallengeFields.Labels, DisplayValue);
        _entries.Add(new Entry(challenge, saver));
    }

    private string DisplayValue(string field, string value) => field switch
    {
        ChallengeFields.OwnerMemberId => OwnerName(value),
        ChallengeFields.Status => EnumNames.Parse<ChallengeStatus>(value)?.Name() ?? value,
        _ => value,
    };

    private Task AddStarterAsync(ChallengeStarter starter) => AddAsync(new AddChallenge.Command(PlanId, starter.Key, "", ""));

    private async Task AddOwnAsync()
    {
        if (await AddAsync(new AddChallenge.Command(PlanId, null, _ownTitle, _ownResponse)))
        {
            _ownTitle = "";
            _ownResponse = "";
        }
    }

    private async Task<bool> AddAsync(AddChallenge.Command command)
    {
        var outcome = await AddHandler.HandleAsync(command);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                Track(outcome.Value!);
                _addErrors = [];
                Announce($"Added “{outcome.Value!.Title}” to the register. Adapt the response and choose an owner.");
                return true;
            case OutcomeStatus.Invalid:
                _addErrors = outcome.FieldErrors;
                return false;
            default:
                _addErrors = [new FieldError("", "You can no longer change this plan, so nothing was added.")];
                return false;
        }
    }

    private async Task ChooseAsync(Entry entry, string field, string? value)
    {
        entry.Saver.Edit(field, value ?? "");
        await entry.Saver.FlushAsync();
    }

    private async Task DeleteAsync(Entry entry)
    {
        var title = TitleOf(entry);
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete “{title}”?",
            "It leaves the register. The plan's history keeps a record of it.", yesText: "Delete", cancelText: "Keep it");
        if (confirmed != true) return;
        await RemoveSaverAsync(entry.Saver);
        var outcome = await DeleteHandler.HandleAsync(new DeleteChallenge.Command(PlanId, entry.Id, entry.Saver.Version));
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
            case OutcomeStatus.NotFound:
                _entries.Remove(entry);
                Announce($"Deleted “{title}” from the register.");
                break;
            case OutcomeStatus.Conflict:
                Announce($"Someone changed “{title}” just now, so it was not deleted. Check it and try again.");
                foreach (var other in _entries.ToList()) await RemoveSaverAsync(other.Saver);
                await LoadAsync();
                break;
            default:
                Announce("You can no longer change this plan, so nothing was deleted.");
                break;
        }
    }

    private void Announce(string message) => _announcement = message;

    private static string TitleOf(Entry entry) =>
        string.IsNullOrWhiteSpace(entry.Saver[ChallengeFields.Title]) ? "Untitled challenge" : entry.Saver[ChallengeFields.Title].Trim();

    private static ChallengeStatus StatusOf(Entry entry) => EnumNames.Parse<ChallengeStatus>(entry.Saver[ChallengeFields.Status]) ?? ChallengeStatus.Open;

    private static Color StatusColor(Entry entry) => StatusOf(entry) switch
    {
        ChallengeStatus.Resolved => Color.Success,
        ChallengeStatus.BeingAddressed => Color.Info,
        _ => Color.Default,
    };

    private string OwnerName(string? id) =>
        string.IsNullOrEmpty(id) ? "No owner yet"
        : _view?.Owners.FirstOrDefault(o => o.Id.ToString() == id)?.Name ?? "Someone no longer on the team";

    private static string? ErrorFor(Entry entry, string field) =>
        entry.Saver.Errors.FirstOrDefault(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase))?.Message;

    private static string Or(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;
}
