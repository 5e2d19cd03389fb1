using JobQuality.Core.Invitations;
using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace JobQuality.Web.Features.Invitations;

/// <summary>
/// The plan overview's panel for staff, directors and administrators: invite partners by email, see and revoke the
/// invitations waiting for a reply, and remove partners. Partners never get this panel (the handlers refuse them too).
/// </summary>
public partial class PartnersPanel
{
    [CascadingParameter] private ViewerTime Viewer { get; set; } = ViewerTime.Utc;

    [Parameter, EditorRequired] public Guid PlanId { get; set; }
    [Parameter, EditorRequired] public string OrganizationName { get; set; } = "";
    [Parameter] public bool IsArchived { get; set; }

    /// <summary>Raised when the partners of the plan changed (someone removed).</summary>
    [Parameter] public EventCallback PartnersChanged { get; set; }

    private InvitePartner.Command _command = new();
    private bool _saving;
    private IReadOnlyList<FieldError> _errors = [];
    private InvitePartner.Result? _invited;
    private IReadOnlyList<InvitationView>? _invitations;
    private IReadOnlyList<PartnerView>? _partners;

    /// <summary>The handler's message about the address, shown under the field (checked when inviting, not while typing).</summary>
    private string? EmailError => _errors.FirstOrDefault(e => e.Field == nameof(InvitePartner.Command.Email))?.Message;

    private IReadOnlyList<InvitationView> Pending => _invitations?.Where(i => i.Status == InvitationStatus.Pending).ToList() ?? [];
    private IReadOnlyList<InvitationView> Earlier => _invitations?.Where(i => i.Status != InvitationStatus.Pending).ToList() ?? [];

    protected override async Task OnParametersSetAsync()
    {
        _command.PlanId = PlanId;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _invitations = (await ListInvitationsHandler.HandleAsync(new ListInvitations.Query(PlanId))).Value ?? [];
        _partners = (await ListPartnersHandler.HandleAsync(new ListPartners.Query(PlanId))).Value ?? [];
    }

    private async Task InviteOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await InviteAsync();
    }

    private async Task InviteAsync()
    {
        if (_saving) return;
        _saving = true;
        try
        {
            var outcome = await InviteHandler.HandleAsync(_command, NavigationManager.BaseUri);
            if (!outcome.IsOk)
            {
                _errors = outcome.Status is OutcomeStatus.Invalid or OutcomeStatus.TooMany
                    ? outcome.FieldErrors
                    : [new FieldError("", "The invitation could not be made. Reload the page and try again.")];
                return;
            }
            _errors = [];
            _invited = outcome.Value;
            if (outcome.Value!.ReplacedEarlier)
            {
                Snackbar.Add($"The earlier link to {outcome.Value.Invitation.Email} no longer works; use the new one.", Severity.Info);
            }
            _command = new InvitePartner.Command { PlanId = PlanId };
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task CopyAsync()
    {
        if (_invited?.Link is not { } link) return;
        try
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", link);
            Snackbar.Add($"The link is on your clipboard. Paste it into a message to {_invited.Invitation.Email}.", Severity.Success);
        }
        catch (JSException)
        {
            // Browsers allow the clipboard only on secure pages; the field can still be selected and copied by hand.
            Snackbar.Add("Your browser did not let us copy. Select the link in the field and copy it yourself.", Severity.Warning);
        }
    }

    private async Task RevokeAsync(InvitationView invitation)
    {
        var outcome = await RevokeHandler.HandleAsync(new RevokeInvitation.Command(PlanId, invitation.Id));
        if (outcome.IsOk)
        {
            Snackbar.Add($"The invitation to {invitation.Email} is revoked: its link no longer works.", Severity.Info);
            if (_invited?.Invitation.Id == invitation.Id) _invited = null;
        }
        else
        {
            Snackbar.Add(outcome.FieldErrors.FirstOrDefault()?.Message ?? "That invitation was not found. It may have been revoked already.", Severity.Warning);
        }
        await LoadAsync();
    }

    private async Task RemoveAsync(PartnerView partner)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            $"Remove {partner.DisplayName} from this plan?",
            $"{partner.DisplayName} ({partner.Email}) will no longer see this plan. Their account and any other plans they are on stay as they are. You can invite them again later.",
            yesText: "Remove from plan", cancelText: "Keep them");
        if (confirmed != true) return;

        var outcome = await RemoveHandler.HandleAsync(new RemovePartnerFromPlan.Command(PlanId, partner.UserId));
        if (outcome.IsOk)
        {
            Snackbar.Add($"{partner.DisplayName} no longer has access to this plan.", Severity.Info);
            await PartnersChanged.InvokeAsync();
        }
        else
        {
            Snackbar.Add(outcome.FieldErrors.FirstOrDefault()?.Message ?? "That partner was not found. They may have been removed already.", Severity.Warning);
        }
        await LoadAsync();
    }
}
