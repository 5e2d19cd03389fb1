using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JobQuality.Core.Canvas;
using JobQuality.Core.Challenges;
using JobQuality.Core.History;
using JobQuality.Core.Pitch;
using JobQuality.Core.Team;
using JobQuality.Data;
using JobQuality.Integration.Tests.Infrastructure;
using JobQuality.Web.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Features.History;

/// <summary>Snapshots, compare, restore and the history page for pitch sessions, their feedback and the challenges register.</summary>
public sealed class PitchAndChallengeHistoryTests(AppFactory app) : AppTest(app)
{
    private const string Breakfast = "Employer breakfast with six home care agency owners";


    private static async Task<Guid> TakeAsync(Browser browser, Guid planId, string name)
    {
        var response = await browser.Client.PostAsJsonAsync($"/api/plans/{planId}/snapshots", new { name });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SnapshotTests.Snapshot>(SnapshotTests.Json))!.Id;
    }

    private sealed record Plan(TeamMember Maria, CanvasItem Item, PitchSession Session, PitchFeedback Clarity, PitchFeedback Feasibility, Challenge Costs);

    /// <summary>A pitch with two pieces of feedback (one applied to a canvas item) and a challenge owned by a team member.</summary>
    private async Task<Plan> FillAsync(Guid planId)
    {
        var maria = new TeamMember { PlanId = planId, Name = "Maria Lopez", Organization = "County college", Persona = Persona.Convener };
        var item = new CanvasItem { PlanId = planId, Square = CanvasSquare.KeyPartners, Text = "Home care agencies" };
        var session = new PitchSession { PlanId = planId, Audience = Breakfast, HeldOn = new DateOnly(2026, 10, 8) };
        var clarity = new PitchFeedback { PlanId = planId, SessionId = session.Id, Dimension = PitchDimension.Clarity, Text = "Say which agencies", AppliedItemId = item.Id };
        var feasibility = new PitchFeedback { PlanId = planId, SessionId = session.Id, Dimension = PitchDimension.Feasibility, Text = "Who pays for training?" };
        var costs = new Challenge { PlanId = planId, Title = "Employers fear higher costs", Response = "Show turnover costs", OwnerMemberId = maria.Id, LibraryKey = "employer-costs" };
        await WriteAsync(db =>
        {
            db.TeamMembers.Add(maria);
            db.CanvasItems.Add(item);
            db.PitchSessions.Add(session);
            db.PitchFeedback.AddRange(clarity, feasibility);
            db.Challenges.Add(costs);
            return Task.CompletedTask;
        });
        return new Plan(maria, item, session, clarity, feasibility, costs);
    }

    [Fact]
    public async Task Restore_BringsPitchesFeedbackAndChallengesBack_WithTheirLinks_AndCompareListsThem()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var plan = await FillAsync(planId);
        var snapshotId = await TakeAsync(browser, planId, "Before the second pitch");
        string stored;
        await using (var db = App.NewDbContext())
        {
            stored = (await db.PlanSnapshots.SingleAsync()).Content;
        }

        // After the snapshot: the applied item and its feedback go, the other feedback and the challenge change, a pitch and a challenge are added.
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = new PitchSession { PlanId = planId, Audience = "County commissioners", HeldOn = new DateOnly(2026, 11, 2) };
        await WriteAsync(async db =>
        {
            db.CanvasItems.Remove(await db.CanvasItems.SingleAsync(i => i.Id == plan.Item.Id));
            db.PitchFeedback.Remove(await db.PitchFeedback.SingleAsync(f => f.Id == plan.Clarity.Id));
            (await db.PitchFeedback.SingleAsync(f => f.Id == plan.Feasibility.Id)).Text = "Training costs worry them most";
            var costs = await db.Challenges.SingleAsync(c => c.Id == plan.Costs.Id);
            costs.Status = ChallengeStatus.Resolved;
            costs.Response = "Wage subsidy agreed";
            db.PitchSessions.Add(later);
            db.Challenges.Add(new Challenge { PlanId = planId, Title = "Partners are tired of meetings" });
        });

        var compare = await browser.Client.GetFromJsonAsync<Comparison>($"/api/plans/{planId}/snapshots/{snapshotId}/compare", SnapshotTests.Json);

        compare!.Differences.Where(d => d.Section is "Pitch feedback" or "Challenges and responses").Select(d => (d.Kind, d.Section, d.Label)).ShouldBe([
            (DiffKind.Added, "Pitch feedback", "Pitch: County commissioners"),
            (DiffKind.Removed, "Pitch feedback", $"Feedback on Clarity ({Breakfast})"),
            (DiffKind.Changed, "Pitch feedback", $"Feedback on Feasibility ({Breakfast})"),
            (DiffKind.Changed, "Challenges and responses", "Employers fear higher costs"),
            (DiffKind.Added, "Challenges and responses", "Partners are tired of meetings"),
        ], ignoreOrder: true);
        compare.Differences.Single(d => d.Label.StartsWith("Feedback on Clarity")).Before
            .ShouldBe("Say which agencies\nApplied to the canvas: Key Partners, “Home care agencies”");
        var challenge = compare.Differences.Single(d => d.Label == "Employers fear higher costs");
        challenge.Before.ShouldBe("Response: Show turnover costs\nStatus: Open\nOwner: Maria Lopez");
        challenge.After.ShouldBe("Response: Wage subsidy agreed\nStatus: Resolved\nOwner: Maria Lopez");

        var restore = await browser.Client.PostAsync($"/api/plans/{planId}/snapshots/{snapshotId}/restore", null);

        restore.StatusCode.ShouldBe(HttpStatusCode.OK, await restore.Content.ReadAsStringAsync());
        await using (var db = App.NewDbContext())
        {
            (await PlanContent.LoadAsync(db, planId)).ToJson().ShouldBe(PlanContent.FromJson(stored).ToJson());
            (await db.PitchFeedback.SingleAsync(f => f.Id == plan.Clarity.Id)).AppliedItemId.ShouldBe(plan.Item.Id, "the link to the canvas comes back with the item");
            (await db.PitchSessions.Select(s => s.Audience).ToListAsync()).ShouldBe([Breakfast]);
            var costs = await db.Challenges.SingleAsync();
            (costs.Status, costs.Response, costs.OwnerMemberId).ShouldBe((ChallengeStatus.Open, "Show turnover costs", plan.Maria.Id));
        }
        (await browser.Client.GetFromJsonAsync<Comparison>($"/api/plans/{planId}/snapshots/{snapshotId}/compare", SnapshotTests.Json))!
            .Differences.ShouldBeEmpty();
    }

    [Fact]
    public async Task Restore_ClearsLinksToRecordsTheSnapshotDoesNotHold_AndOldSnapshotsReadAsHavingNoPitchesOrChallenges()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var plan = await FillAsync(planId);
        var snapshotId = await TakeAsync(browser, planId, "Board meeting");
        await using (var db = App.NewDbContext())
        {
            // A snapshot whose feedback points at a canvas item and whose challenge names an owner it does not hold.
            var snapshot = await db.PlanSnapshots.SingleAsync();
            var content = JsonNode.Parse(snapshot.Content)!.AsObject();
            content["canvasItems"] = new JsonArray();
            content["teamMembers"] = new JsonArray();
            snapshot.Content = content.ToJsonString();
            // And one taken before pitch feedback and the challenges register existed.
            content.Remove("pitchSessions");
            content.Remove("pitchFeedback");
            content.Remove("challenges");
            db.PlanSnapshots.Add(new Core.Plans.PlanSnapshot { PlanId = planId, Name = "Old", TakenAt = App.Clock.GetUtcNow(), Content = content.ToJsonString() });
            await db.SaveChangesAsync();
        }

        var restore = await browser.Client.PostAsync($"/api/plans/{planId}/snapshots/{snapshotId}/restore", null);

        restore.StatusCode.ShouldBe(HttpStatusCode.OK, await restore.Content.ReadAsStringAsync());
        await using (var db = App.NewDbContext())
        {
            (await db.PitchFeedback.SingleAsync(f => f.Id == plan.Clarity.Id)).AppliedItemId.ShouldBeNull();
            (await db.Challenges.SingleAsync()).OwnerMemberId.ShouldBeNull();
            var old = await db.PlanSnapshots.SingleAsync(s => s.Name == "Old");
            var read = PlanContent.FromJson(old.Content);
            (read.Pitches.Count, read.Feedbacks.Count, read.Register.Count).ShouldBe((0, 0, 0));
            var olds = await browser.Client.GetFromJsonAsync<Comparison>($"/api/plans/{planId}/snapshots/{old.Id}/compare", SnapshotTests.Json);
            olds!.Differences.Where(d => d.Kind == DiffKind.Added).Select(d => d.Label).ShouldBe([
                $"Pitch: {Breakfast}", $"Feedback on Clarity ({Breakfast})", $"Feedback on Feasibility ({Breakfast})", "Employers fear higher costs"]);
        }
    }

    [Fact]
    public async Task History_NamesPitchFeedbackAndChallengeChanges_UnderTheirTools()
    {
        var (browser, planId) = await SignedInWithAPlanAsync();
        using var _ = browser;
        var plan = await FillAsync(planId);
        await WriteAsync(async db => (await db.PitchFeedback.SingleAsync(f => f.Id == plan.Feasibility.Id)).AppliedItemId = plan.Item.Id);
        await WriteAsync(async db => (await db.PitchFeedback.SingleAsync(f => f.Id == plan.Feasibility.Id)).Text = "Training costs worry them most");
        await WriteAsync(async db => (await db.Challenges.SingleAsync()).Status = ChallengeStatus.BeingAddressed);
        await WriteAsync(async db => (await db.Challenges.SingleAsync()).Response = "Bring turnover figures");
        await WriteAsync(async db => db.PitchFeedback.Remove(await db.PitchFeedback.SingleAsync(f => f.Id == plan.Clarity.Id)));

        var pitch = await browser.Client.GetFromJsonAsync<Page>($"/api/plans/{planId}/changes?tool={PitchFeedbackTool.ToolKey}", SnapshotTests.Json);
        var challenges = await browser.Client.GetFromJsonAsync<Page>($"/api/plans/{planId}/changes?tool={ChallengeLibrary.ToolKey}", SnapshotTests.Json);

        pitch!.Changes.ShouldAllBe(c => c.ToolTitle == "Pitch feedback");
        pitch.Changes.Select(c => c.Description).ShouldBe([
            "removed feedback on Clarity from the pitch “Employer breakfast with six home care agency owners”",
            "changed feedback on Feasibility in the pitch “Employer breakfast with six home care agency owners”",
            "applied feedback on Feasibility from the pitch “Employer breakfast with six home care agency owners” to the canvas",
            "added feedback on Feasibility to the pitch “Employer breakfast with six home care agency owners”",
            "added feedback on Clarity to the pitch “Employer breakfast with six home care agency owners”",
            "recorded the pitch “Employer breakfast with six home care agency owners”",
        ], ignoreOrder: true);
        pitch.Changes.Single(c => c.Description.StartsWith("applied")).Fields
            .ShouldBe([new FieldChange("Applied to the canvas", null, "Key Partners: “Home care agencies”")]);
        pitch.Changes.Single(c => c.Description.StartsWith("changed")).Record.ShouldBe("Feedback on Feasibility: “Training costs worry them most”");
        challenges!.Changes.ShouldAllBe(c => c.ToolTitle == "Challenges and responses" && c.Record == "Challenge: “Employers fear higher costs”");
        challenges.Changes.Select(c => c.Description).ShouldBe([
            "changed the challenge “Employers fear higher costs”",
            "marked the challenge “Employers fear higher costs” as being addressed",
            "added the challenge “Employers fear higher costs” to the register",
        ]);
        challenges.Changes[^1].Fields.ShouldContain(new FieldChange("Owner", null, "Maria Lopez"));
        var details = await browser.Client.GetFromJsonAsync<Page>($"/api/plans/{planId}/changes?tool=details", SnapshotTests.Json);
        details!.Changes.ShouldNotContain(c => c.Description == "changed the plan's content");
    }

    private sealed record Comparison(SnapshotTests.Snapshot Snapshot, List<DiffEntry> Differences);

    private sealed record Change(long Id, string ChangedBy, ChangeKind Kind, string ToolKey, string ToolTitle, string Record, string Description, List<FieldChange> Fields);

    private sealed record Page(List<Change> Changes, int Total, bool HasMore);
}
