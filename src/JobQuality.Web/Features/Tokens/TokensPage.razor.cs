using JobQuality.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace JobQuality.Web.Features.Tokens;

public partial class TokensPage
{
    [CascadingParameter] private ViewerTime Viewer { get; set; } = ViewerTime.Utc;

    private CreateToken.Command _command = new();
    private MudForm? _form;
    private bool _saving;
    private IReadOnlyList<FieldError> _errors = [];
    private IReadOnlyList<TokenView>? _tokens;
    private CreateToken.Created? _created;

    protected override async Task OnInitializedAsync() => _tokens = await ListHandler.HandleAsync();

    private async Task CreateAsync()
    {
        await _form!.ValidateAsync();
        if (!_form.IsValid || _saving) return;
        _saving = true;
        var outcome = await CreateHandler.HandleAsync(_command);
        _saving = false;
        if (!outcome.IsOk)
        {
            _errors = outcome.Status == OutcomeStatus.Invalid
                ? outcome.FieldErrors
                : [new FieldError("", "The token could not be made. Sign in again and try once more.")];
            return;
        }
        _errors = [];
        _created = outcome.Value;
        _command = new CreateToken.Command();
        _tokens = await ListHandler.HandleAsync();
    }

    private async Task CopyAsync()
    {
        if (_created is null) return;
        try
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", _created.Secret);
            Snackbar.Add("The token is on your clipboard. Paste it where your script keeps its secrets.", Severity.Success);
        }
        catch (JSException)
        {
            // Browsers allow the clipboard only on secure pages; the field can still be selected and copied by hand.
            Snackbar.Add("Your browser did not let us copy. Select the token in the field and copy it yourself.", Severity.Warning);
        }
    }

    private async Task RevokeAsync(TokenView token)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            $"Revoke “{token.Name}”?",
            $"Anything that uses the token starting {token.Hint} will stop working straight away. This cannot be undone; you can make a new token later.",
            yesText: "Revoke token", cancelText: "Keep it");
        if (confirmed != true) return;

        var outcome = await RevokeHandler.HandleAsync(new RevokeToken.Command(token.Id));
        if (outcome.IsOk)
        {
            Snackbar.Add($"“{token.Name}” is revoked and no longer works.", Severity.Info);
            if (_created?.Token.Id == token.Id) _created = null;
        }
        else
        {
            Snackbar.Add("That token was not found. It may have been removed already.", Severity.Warning);
        }
        _tokens = await ListHandler.HandleAsync();
    }
}
