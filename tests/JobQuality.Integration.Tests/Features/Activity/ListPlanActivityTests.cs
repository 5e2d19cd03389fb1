using System.Net;
using System.Net.Http.Json;
using JobQuality.Core.Organizations;
using JobQuality.Integration.Tests.Features.Comments;
using JobQuality.Integration.Tests.Infrastructure;

namespace JobQuality.Integration.Tests.Features.Activity;

/// <summary>A plan's activity: content changes and comment events merged, newest first; who may read it.</summary>
public sealed class ListPlanActivityTests(AppFactory app) : AppTest(app)
{
    internal sealed record ItemDto(DateTimeOffset At, string Kind, string ActorName, string Description, string? ElementLabel, string Excerpt, bool IsDeleted);

    internal sealed record PageDto(List<ItemDto> Items, int Page, int PageSize, int Total, bool HasMore);

    [Fact]
    public async Task Activity_ListsChangesAndCommentEventsNewestFirst_AndPartnersMayReadIt()
    {
        var board = await Data.OrganizationAsync("north");
        var kim = await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var ana = await Data.UserAsync("ana@union.test", board, OrganizationRole.Partner);
        var plan = await Data.PlanAsync(board, "North plan", ana);
        using var kimBrowser = NewBrowser();
        await kimBrowser.SignInOrFailAsync(kim.Email!);
        using var anaBrowser = NewBrowser();
        await anaBrowser.SignInOrFailAsync(ana.Email!);

        (await kimBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/canvas/items", new { square = "KeyPartners", text = "Home care agencies" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var thread = await CommentsTests.StartAsync(anaBrowser, plan.Id, "canvas-square/KeyPartners", "Add the community college?");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var replied = await kimBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages", new { body = "Secret plans" });
        var reply = (await replied.Content.ReadFromJsonAsync<CommentsTests.ThreadDto>())!;
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        (await kimBrowser.Client.DeleteAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/messages/{reply.Comments[1].Id}?version={reply.Comments[1].Version}"))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var current = await kimBrowser.Client.GetFromJsonAsync<CommentsTests.ThreadDto>($"/api/plans/{plan.Id}/comments/{thread.Id}");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        (await kimBrowser.Client.PostAsJsonAsync($"/api/plans/{plan.Id}/comments/{thread.Id}/resolve", new { version = current!.Version, note = "Added them." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await anaBrowser.Client.GetAsync($"/api/plans/{plan.Id}/activity");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "partners may read a plan's activity");
        var activity = (await response.Content.ReadFromJsonAsync<PageDto>())!;

        activity.Items.Select(i => (i.Kind, i.ActorName)).ShouldBe([("Resolved", "kim"), ("Replied", "kim"), ("ThreadStarted", "ana"), ("Change", "kim")]);
        activity.Total.ShouldBe(4);
        activity.Items[0].Description.ShouldBe("resolved the conversation on Key Partners");
        activity.Items[0].Excerpt.ShouldBe("Added them.");
        activity.Items[1].IsDeleted.ShouldBeTrue();
        activity.Items[1].Excerpt.ShouldBeEmpty("a deleted comment's words are gone");
        activity.Items[1].Description.ShouldContain("deleted");
        activity.Items[2].Description.ShouldBe("started a conversation on Key Partners");
        activity.Items[2].Excerpt.ShouldBe("Add the community college?");
        activity.Items[3].Description.ShouldNotBeNullOrWhiteSpace("worded as the plan overview words it");

        var second = await anaBrowser.Client.GetFromJsonAsync<PageDto>($"/api/plans/{plan.Id}/activity?page=1&pageSize=3");
        second!.Items.ShouldHaveSingleItem().Kind.ShouldBe("Change");
        second.HasMore.ShouldBeFalse();
    }

    [Fact]
    public async Task AnotherOrganizationsPlan_IsNotFound()
    {
        var board = await Data.OrganizationAsync("north");
        var south = await Data.OrganizationAsync("south");
        await Data.UserAsync("kim@north.test", board, OrganizationRole.Staff);
        var plan = await Data.PlanAsync(south, "South plan");
        using var kimBrowser = NewBrowser();
        await kimBrowser.SignInOrFailAsync("kim@north.test");

        (await kimBrowser.Client.GetAsync($"/api/plans/{plan.Id}/activity")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
