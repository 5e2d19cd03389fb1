using JobQuality.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace JobQuality.Web.Components.Layout;

/// <summary>
/// Catches an unexpected error in a page, logs it with a short reference, and shows the user that reference
/// with a way forward instead of a dead page. Navigating elsewhere clears it.
/// </summary>
public sealed class AppErrorBoundary : ErrorBoundaryBase
{
    [Inject] private ILogger<AppErrorBoundary> Logger { get; set; } = default!;

    private string? _reference;

    protected override Task OnErrorAsync(Exception exception)
    {
        _reference = Guid.NewGuid().ToString("N")[..12];
        Logger.LogError(exception, "Unexpected error shown to the user with reference {CorrelationId}", _reference);
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
            return;
        }
        builder.OpenComponent<ErrorDetails>(1);
        builder.AddComponentParameter(2, nameof(ErrorDetails.Reference), _reference);
        builder.AddComponentParameter(3, nameof(ErrorDetails.OnRetry), EventCallback.Factory.Create(this, Recover));
        builder.CloseComponent();
    }
}
