namespace JobQuality.Web.Features.Shared;

/// <summary>
/// Which organization and plan the current page is about, so the app bar's switchers and the journey
/// navigation can follow the page without every page passing them down.
/// </summary>
public sealed class WorkspaceState
{
    public string? OrganizationSlug { get; private set; }
    public Guid? PlanId { get; private set; }
    public string? PlanName { get; private set; }

    public event Action? Changed;

    public void Show(string? organizationSlug, Guid? planId = null, string? planName = null)
    {
        if (OrganizationSlug == organizationSlug && PlanId == planId && PlanName == planName) return;
        OrganizationSlug = organizationSlug;
        PlanId = planId;
        PlanName = planName;
        Changed?.Invoke();
    }
}
