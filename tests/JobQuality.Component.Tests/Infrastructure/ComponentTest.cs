using Bunit;
using JobQuality.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace JobQuality.Component.Tests.Infrastructure;

/// <summary>bUnit with MudBlazor's services, no transitions, and JavaScript calls answered loosely (MudBlazor inputs call JS on render).</summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    protected ComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddScoped<WorkspaceState>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
