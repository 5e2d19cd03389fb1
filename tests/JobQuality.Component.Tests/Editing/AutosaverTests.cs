using JobQuality.Core.Editing;
using JobQuality.Web.Features.Shared;
using JobQuality.Web.Features.Shared.Editing;
using Microsoft.Extensions.Time.Testing;

namespace JobQuality.Component.Tests.Editing;

/// <summary>The autosave rules every tool relies on, against a fake server and a fake clock.</summary>
public sealed class AutosaverTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly List<(Dictionary<string, string> Values, uint Version)> _saves = [];
    private Dictionary<string, string> _server = new() { ["who"] = "aides", ["how"] = "pilot" };
    private uint _serverVersion = 1;
    private readonly Autosaver _saver;

    public AutosaverTests() =>
        _saver = new Autosaver(new Dictionary<string, string>(_server), _serverVersion, SaveAsync, work => work(), _clock);

    /// <summary>Behaves like a handler: a stale version is a conflict carrying the stored record.</summary>
    private Task<SaveAttempt> SaveAsync(IReadOnlyDictionary<string, string> values, uint version)
    {
        _saves.Add((new Dictionary<string, string>(values), version));
        if (version != _serverVersion) return Task.FromResult(new SaveAttempt(OutcomeStatus.Conflict, new Dictionary<string, string>(_server), _serverVersion));
        _server = values.ToDictionary(kv => kv.Key, kv => kv.Value.Trim());
        _serverVersion++;
        return Task.FromResult(new SaveAttempt(OutcomeStatus.Ok, new Dictionary<string, string>(_server), _serverVersion));
    }

    /// <summary>Someone else saves the record in another browser.</summary>
    private void TheySave(string field, string value)
    {
        _server[field] = value;
        _serverVersion++;
    }

    [Fact]
    public void Typing_IsSavedOneSecondAfterTheLastKeystroke_InOneSave()
    {
        _saver.Edit("who", "aid");
        _clock.Advance(TimeSpan.FromMilliseconds(600));
        _saver.Edit("who", "aides and CNAs");
        _clock.Advance(TimeSpan.FromMilliseconds(900));
        _saves.ShouldBeEmpty();
        _saver.State.ShouldBe(SaveState.Unsaved);

        _clock.Advance(TimeSpan.FromMilliseconds(100));

        _saves.ShouldHaveSingleItem().Values["who"].ShouldBe("aides and CNAs");
        _saver.State.ShouldBe(SaveState.Saved);
        _saver.HasUnsavedChanges.ShouldBeFalse();
    }

    [Fact]
    public async Task LeavingAField_SavesAtOnce()
    {
        _saver.Edit("how", "pilot; contracts");

        await _saver.FlushAsync();

        _server["how"].ShouldBe("pilot; contracts");
        _clock.Advance(TimeSpan.FromSeconds(2));
        _saves.Count.ShouldBe(1);
    }

    [Fact]
    public async Task TrailingSpacesTheServerTrims_DoNotLeaveTheRecordUnsaved()
    {
        _saver.Edit("who", "aides ");
        await _saver.FlushAsync();

        _saver.State.ShouldBe(SaveState.Saved);
        _saver["who"].ShouldBe("aides "); // what the user sees stays exactly as typed
    }

    [Fact]
    public async Task SomeoneElsesChangeToAnotherField_IsMergedAndBothAreKept()
    {
        TheySave("who", "CNAs");
        _saver.Edit("how", "contracts");

        await _saver.FlushAsync();
        _clock.Advance(TimeSpan.Zero);

        _server.ShouldBe(new Dictionary<string, string> { ["who"] = "CNAs", ["how"] = "contracts" });
        _saver["who"].ShouldBe("CNAs");
        _saver.MergedOthersChange.ShouldBeTrue();
        _saver.State.ShouldBe(SaveState.Saved);
    }

    [Fact]
    public async Task SomeoneElsesChangeToTheSameField_AsksTheUser_AndSavesTheirChoice()
    {
        IReadOnlyList<FieldConflict>? asked = null;
        _saver.ResolveConflicts = conflicts =>
        {
            asked = conflicts;
            return Task.FromResult<IReadOnlyDictionary<string, string>?>(new Dictionary<string, string> { ["who"] = "CNAs and aides" });
        };
        TheySave("who", "CNAs");
        _saver.Edit("who", "home health aides");

        await _saver.FlushAsync();
        _clock.Advance(TimeSpan.Zero);

        asked.ShouldNotBeNull().ShouldHaveSingleItem().ShouldBe(new FieldConflict("who", "aides", "CNAs", "home health aides"));
        _server["who"].ShouldBe("CNAs and aides");
        _saver.State.ShouldBe(SaveState.Saved);
    }

    [Fact]
    public async Task DecidingLater_OverwritesNothing_AndKeepsMyText()
    {
        _saver.ResolveConflicts = _ => Task.FromResult<IReadOnlyDictionary<string, string>?>(null);
        TheySave("who", "CNAs");
        _saver.Edit("who", "home health aides");

        await _saver.FlushAsync();
        _clock.Advance(TimeSpan.FromSeconds(10));

        _server["who"].ShouldBe("CNAs");
        _saver["who"].ShouldBe("home health aides");
        _saver.State.ShouldBe(SaveState.Conflict);
    }

    [Fact]
    public async Task ADatabaseHiccup_KeepsTheEdits_AndTriesAgain()
    {
        var failing = true;
        var saver = new Autosaver(_server, _serverVersion,
            (values, version) => failing ? throw new TimeoutException("database unavailable") : SaveAsync(values, version), work => work(), _clock);
        saver.Edit("who", "CNAs");

        await saver.FlushAsync();
        saver.State.ShouldBe(SaveState.Failed);
        saver.Errors.ShouldHaveSingleItem().Message.ShouldContain("Trying again");

        failing = false;
        _clock.Advance(TimeSpan.FromSeconds(5));

        _server["who"].ShouldBe("CNAs");
        saver.State.ShouldBe(SaveState.Saved);
        saver.Dispose();
    }

    [Fact]
    public async Task ARefusedSave_ShowsTheReason()
    {
        var saver = new Autosaver(_server, _serverVersion,
            (_, _) => Task.FromResult(new SaveAttempt(OutcomeStatus.Invalid, Errors: [new FieldError("who", "Keep this to 2,000 characters or fewer.")])),
            work => work(), _clock);
        saver.Edit("who", new string('x', 2001));

        await saver.FlushAsync();

        saver.State.ShouldBe(SaveState.Failed);
        saver.Errors.ShouldHaveSingleItem().Field.ShouldBe("who");
        saver.Dispose();
    }

    public void Dispose() => _saver.Dispose();
}
