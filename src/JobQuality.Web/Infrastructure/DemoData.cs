using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Infrastructure;

/// <summary>
/// A demo workforce board with one person per role and an example plan, for trying the app locally.
/// Seeding is idempotent. Demo accounts can only sign in while the app runs in Development.
/// </summary>
public sealed class DemoData(IDbContextFactory<AppDbContext> dbFactory, UserManager<AppUser> users, ILogger<DemoData> logger)
{
    public const string EmailDomain = "demo.jobquality.test";
    public const string Password = "try-jobquality-demo";
    public const string OrganizationSlug = "metro-wdb";
    public const string ExamplePlanName = "Quality jobs in healthcare support";

    public static readonly (string Email, string Name, OrganizationRole Role)[] Accounts =
    [
        ($"director@{EmailDomain}", "Dana Director", OrganizationRole.Director),
        ($"staff@{EmailDomain}", "Sam Staff", OrganizationRole.Staff),
        ($"partner@{EmailDomain}", "Pat Partner", OrganizationRole.Partner),
        ($"admin@{EmailDomain}", "Alex Admin", OrganizationRole.Admin),
    ];

    public static bool IsDemoAccount(string? email) =>
        email is not null && email.EndsWith("@" + EmailDomain, StringComparison.OrdinalIgnoreCase);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Slug == OrganizationSlug, ct);
        if (organization is not null)
        {
            // A demo database from before the workbook existed gets the example content too.
            var example = await db.Plans.FirstOrDefaultAsync(p => p.OrganizationId == organization.Id && p.Name == ExamplePlanName, ct);
            if (example is not null) await ExamplePlan.FillAsync(db, example.Id, ct);
            return;
        }

        organization = new Organization { Slug = OrganizationSlug, Name = "Metro Area Workforce Development Board" };
        db.Organizations.Add(organization);
        foreach (var (email, name, role) in Accounts)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
                var created = await users.CreateAsync(user, Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create demo user {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
                }
            }
            db.OrganizationMemberships.Add(new OrganizationMembership { OrganizationId = organization.Id, UserId = user.Id, Role = role });
        }

        var plan = new Plan
        {
            OrganizationId = organization.Id,
            Name = ExamplePlanName,
            TeamName = "Metro Healthcare Job Quality Coalition, hosted at the Downtown American Job Center",
            Region = "Metro County and Lakeside County",
            Focus = "Raise the share of WIOA Adult placements in home health and nursing assistant jobs that meet our job quality standards.",
        };
        db.Plans.Add(plan);
        var partner = await users.FindByEmailAsync(Accounts.Single(a => a.Role == OrganizationRole.Partner).Email);
        db.PlanMembers.Add(new PlanMember { PlanId = plan.Id, UserId = partner!.Id });
        await db.SaveChangesAsync(ct);
        await ExamplePlan.FillAsync(db, plan.Id, ct);
        logger.LogInformation("Seeded the demo organization {OrganizationSlug} with {AccountCount} demo accounts", OrganizationSlug, Accounts.Length);
    }
}
