using Bunit;
using JobQuality.Component.Tests.Infrastructure;
using JobQuality.Core.Organizations;
using JobQuality.Web.Components.Layout;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Component.Tests.Layout;

/// <summary>The side menu and the app bar's organization and plan switchers, given what the person may see.</summary>
public sealed class NavigationTests : ComponentTest
{
    private static readonly OrganizationAccess Metro = new(Guid.NewGuid(), "metro", "Metro Board", OrganizationRole.Staff);
    private static readonly OrganizationAccess River = new(Guid.NewGuid(), "river", "River Board", OrganizationRole.Staff);

    private static GetNavigation.Result Navigation(OrganizationAccess current, IReadOnlyList<OrganizationAccess>? organizations = null, params GetNavigation.PlanLink[] plans) =>
        new(organizations ?? [current], current, plans);

    [Fact]
    public void NavMenu_OutsideAPlan_LinksToAllPlansTheStandardsLivingWageTablesPlacementsAndBaseline()
    {
        var menu = Render<NavMenu>(p => p.Add(x => x.Navigation, Navigation(Metro)));

        var links = menu.FindAll("a");
        links.Select(a => a.TextContent.Trim()).ShouldBe(["All plans", "Job quality standards", "Living wage tables", "Placements", "Baseline"]);
        links.Select(a => a.GetAttribute("href")).ShouldBe(["orgs/metro", "orgs/metro/standards", "orgs/metro/living-wage", "orgs/metro/placements", "orgs/metro/baseline"]);
    }

    [Fact]
    public void NavMenu_ForAPartner_LinksToAllPlansAndTheBaselineOnly()
    {
        var menu = Render<NavMenu>(p => p.Add(x => x.Navigation, Navigation(Metro with { Role = OrganizationRole.Partner })));

        menu.FindAll("a").Select(a => a.TextContent.Trim()).ShouldBe(["All plans", "Baseline"]);
    }

    [Fact]
    public void NavMenu_InsideAPlan_NamesThePlanAndLinksToItsOverview()
    {
        var planId = Guid.NewGuid();

        var menu = Render<NavMenu>(p => p
            .Add(x => x.Navigation, Navigation(Metro))
            .Add(x => x.PlanId, planId)
            .Add(x => x.PlanName, "Healthcare plan"));

        menu.Find("#journey-heading").TextContent.ShouldBe("Healthcare plan");
        menu.FindAll("a").Single(a => a.TextContent.Trim() == "Plan overview").GetAttribute("href").ShouldBe($"plans/{planId}");
    }

    [Fact]
    public void NavMenu_ForAnAdministrator_LinksToPeopleAndAccess()
    {
        var admin = Metro with { Role = OrganizationRole.Admin };

        var menu = Render<NavMenu>(p => p.Add(x => x.Navigation, Navigation(admin)));

        menu.FindAll("a").Single(a => a.TextContent.Trim() == "People and access").GetAttribute("href").ShouldBe("orgs/metro/people");
    }

    [Fact]
    public void NavMenu_WithoutAnOrganization_RendersNoLinks()
    {
        var menu = Render<NavMenu>(p => p.Add(x => x.Navigation, new GetNavigation.Result([], null, [])));

        menu.FindAll("a").ShouldBeEmpty();
    }

    [Fact]
    public void WorkspaceSwitcher_WithOneOrganization_LinksToItsPlansWithoutAMenu()
    {
        var switcher = Render<WorkspaceSwitcher>(p => p.Add(x => x.Navigation, Navigation(Metro)));

        switcher.Find("nav").GetAttribute("aria-label").ShouldBe("Organization and plan");
        var link = switcher.Find("a");
        link.TextContent.Trim().ShouldBe("Metro Board");
        link.GetAttribute("href").ShouldBe("orgs/metro");
        switcher.FindAll("[aria-label$='Switch organization']").ShouldBeEmpty();
    }

    [Fact]
    public void WorkspaceSwitcher_WithSeveralOrganizations_OffersToSwitchOrganization()
    {
        var switcher = Render<WorkspaceSwitcher>(p => p.Add(x => x.Navigation, Navigation(Metro, [Metro, River])));

        switcher.Find("[aria-label='Organization: Metro Board. Switch organization']").TextContent.ShouldContain("Metro Board");
    }

    [Fact]
    public void WorkspaceSwitcher_InsideAPlan_NamesThePlanInTheSwitcher()
    {
        var plan = new GetNavigation.PlanLink(Guid.NewGuid(), "Healthcare plan");

        var switcher = Render<WorkspaceSwitcher>(p => p
            .Add(x => x.Navigation, Navigation(Metro, null, plan))
            .Add(x => x.PlanId, plan.Id)
            .Add(x => x.PlanName, plan.Name));

        switcher.Find("[aria-label='Plan: Healthcare plan. Switch plan']").TextContent.ShouldContain("Healthcare plan");
    }

    [Fact]
    public void WorkspaceSwitcher_OutsideAPlan_AsksToChooseOne()
    {
        var plan = new GetNavigation.PlanLink(Guid.NewGuid(), "Healthcare plan");

        var switcher = Render<WorkspaceSwitcher>(p => p.Add(x => x.Navigation, Navigation(Metro, null, plan)));

        switcher.Find("[aria-label='Choose a plan']").TextContent.ShouldContain("Choose a plan");
    }

    [Fact]
    public void WorkspaceSwitcher_WithNoPlans_OffersNoPlanMenu()
    {
        var switcher = Render<WorkspaceSwitcher>(p => p.Add(x => x.Navigation, Navigation(Metro)));

        switcher.FindAll("[aria-label='Choose a plan']").ShouldBeEmpty();
    }
}
