using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>Builds organizations, people and plans through the app's own services.</summary>
public sealed class TestData(AppFactory app)
{
    public const string Password = "correct horse battery staple";

    public async Task<Organization> OrganizationAsync(string slug)
    {
        await using var db = app.NewDbContext();
        var organization = new Organization { Slug = slug, Name = $"{slug} workforce board" };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization;
    }

    public async Task<AppUser> UserAsync(string email, Organization organization, OrganizationRole role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        await using var db = app.NewDbContext();
        db.OrganizationMemberships.Add(new OrganizationMembership { OrganizationId = organization.Id, UserId = user.Id, Role = role });
        await db.SaveChangesAsync();
        return user;
    }

    public async Task<Plan> PlanAsync(Organization organization, string name, params AppUser[] partners)
    {
        await using var db = app.NewDbContext();
        var plan = new Plan { OrganizationId = organization.Id, Name = name, TeamName = $"{name} team" };
        db.Plans.Add(plan);
        foreach (var partner in partners)
        {
            db.PlanMembers.Add(new PlanMember { PlanId = plan.Id, UserId = partner.Id });
        }
        await db.SaveChangesAsync();
        return plan;
    }

    /// <summary>A team member of the plan (a convener who makes decisions), added straight to the database.</summary>
    public async Task<Guid> TeamMemberAsync(Guid planId, string name)
    {
        await using var db = app.NewDbContext();
        var member = new TeamMember
        {
            PlanId = planId,
            Name = name,
            Organization = "Board",
            Role = "Lead",
            OrganizationalType = OrganizationalType.WorkforceDevelopment,
            Persona = Persona.Convener,
            DecisionLevel = DecisionLevel.DecisionMaker,
        };
        db.TeamMembers.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }
}
