using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Canvas;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Pitch;
using MudBlazor;

namespace JobQuality.Component.Tests.Pitch;

public sealed class ApplyToCanvasFormTests : ComponentTest
{
    private static readonly CanvasItemView Partners = new(Guid.NewGuid(), CanvasSquare.KeyPartners, "County college", 0, 7);
    private static readonly CanvasItemView Strategy = new(Guid.NewGuid(), CanvasSquare.KeyStrategies, "Fair scheduling pledge", 0, 3);

    private readonly List<ApplyToCanvasForm.Request> _applied = [];

    private IRenderedComponent<ApplyToCanvasForm> RenderForm(string feedback = "Employers asked who pays for training", IReadOnlyList<CanvasItemView>? items = null) =>
        Render<ApplyToCanvasForm>(p => p
            .Add(c => c.FeedbackId, Guid.NewGuid())
            .Add(c => c.FeedbackText, feedback)
            .Add(c => c.CanvasItems, items ?? [Partners, Strategy])
            .Add(c => c.OnApply, r => _applied.Add(r)));

    private static MudTextField<string> TextField(IRenderedComponent<ApplyToCanvasForm> form) =>
        form.FindComponents<MudTextField<string>>().Single(t => t.Instance.Label == "How the item should read").Instance;

    /// <summary>The text as the user sees it in the box.</summary>
    private static string TextOf(IRenderedComponent<ApplyToCanvasForm> form)
    {
        var box = form.Find("textarea");
        return box.GetAttribute("value") ?? box.TextContent;
    }

    private static Task ChooseModeAsync(IRenderedComponent<ApplyToCanvasForm> form, bool newItem) =>
        form.InvokeAsync(() => form.FindComponent<MudRadioGroup<bool>>().Instance.ValueChanged.InvokeAsync(newItem));

    private static string Alert(IRenderedComponent<ApplyToCanvasForm> form) => form.Find("[role=alert]").TextContent.Trim();

    [Fact]
    public async Task NewItem_StartsFromTheFeedback_AndNeedsASquareBeforeApplying()
    {
        var form = RenderForm("  Employers asked who pays for training  ");

        TextOf(form).ShouldBe("  Employers asked who pays for training  ");
        form.FindComponents<MudSelect<Guid?>>().ShouldBeEmpty("a new item is the first choice, so no item list yet");
        form.Find("[data-action=apply]").Click();
        Alert(form).ShouldBe("Choose the square the new item goes in.");
        _applied.ShouldBeEmpty();

        await form.InvokeAsync(() => form.FindComponent<MudSelect<CanvasSquare?>>().Instance.ValueChanged.InvokeAsync(CanvasSquare.KeyAssets));
        form.FindAll("[role=alert]").ShouldBeEmpty("choosing a square clears the message");
        form.Find("[data-action=apply]").Click();

        _applied.ShouldBe([new ApplyToCanvasForm.Request(CanvasSquare.KeyAssets, null, 0, "Employers asked who pays for training")]);
    }

    [Fact]
    public async Task ChangingAnItem_OffersTheItemsBySquare_StartsFromTheItemsWording_AndSendsItsVersion()
    {
        var form = RenderForm();
        await ChooseModeAsync(form, newItem: false);

        form.FindComponents<MudSelect<CanvasSquare?>>().ShouldBeEmpty();
        var select = form.FindComponent<MudSelect<Guid?>>();
        select.Instance.ToStringFunc!(Partners.Id).ShouldBe("Key Partners: County college");
        form.Find("[data-action=apply]").Click();
        Alert(form).ShouldBe("Choose the item to change.");

        await form.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(Strategy.Id));
        TextOf(form).ShouldBe("Fair scheduling pledge");
        await form.InvokeAsync(() => TextField(form).ValueChanged.InvokeAsync(" Fair scheduling pledge, with training paid by the board "));
        form.Find("[data-action=apply]").Click();

        _applied.ShouldBe([new ApplyToCanvasForm.Request(CanvasSquare.KeyStrategies, Strategy.Id, 3, "Fair scheduling pledge, with training paid by the board")]);
    }

    [Fact]
    public async Task GoingBackToANewItem_PutsTheFeedbackBackAsTheText()
    {
        var form = RenderForm("Say who pays");
        await ChooseModeAsync(form, newItem: false);
        await form.InvokeAsync(() => form.FindComponent<MudSelect<Guid?>>().Instance.ValueChanged.InvokeAsync(Partners.Id));
        TextOf(form).ShouldBe("County college");

        await ChooseModeAsync(form, newItem: true);

        TextOf(form).ShouldBe("Say who pays");
    }

    [Fact]
    public async Task BlankText_IsRefused()
    {
        var form = RenderForm();
        await form.InvokeAsync(() => form.FindComponent<MudSelect<CanvasSquare?>>().Instance.ValueChanged.InvokeAsync(CanvasSquare.Beneficiaries));
        await form.InvokeAsync(() => TextField(form).ValueChanged.InvokeAsync("   "));

        form.Find("[data-action=apply]").Click();

        Alert(form).ShouldBe("Write the item as it should read on the canvas.");
        _applied.ShouldBeEmpty();
    }

    [Fact]
    public void EmptyCanvas_OnlyAllowsANewItem_AndLongFeedbackIsCutToTheItemLimit()
    {
        var form = RenderForm(new string('x', CanvasItem.TextMaxLength + 50), items: []);

        form.FindComponents<MudRadio<bool>>()[1].Instance.Disabled.ShouldBeTrue();
        TextOf(form).Length.ShouldBe(CanvasItem.TextMaxLength);
    }

    [Fact]
    public void ServerMessage_IsShown()
    {
        var form = Render<ApplyToCanvasForm>(p => p
            .Add(c => c.FeedbackId, Guid.NewGuid())
            .Add(c => c.FeedbackText, "x")
            .Add(c => c.Error, "Someone changed this item meanwhile."));

        Alert(form).ShouldBe("Someone changed this item meanwhile.");
    }
}
