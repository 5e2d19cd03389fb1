using System.Text;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Data.Identity;
using JobQuality.Data.LivingWages;
using JobQuality.Data.Placements;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Infrastructure;

/// <summary>
/// A demo workforce board with one person per role and an example plan, for trying the app locally.
/// Seeding is idempotent. Demo accounts can only sign in while the app runs in Development.
/// </summary>
public sealed class DemoData(
    IDbContextFactory<AppDbContext> dbFactory, UserManager<AppUser> users, LivingWageTableImporter livingWages, PlacementImporter placements,
    TimeProvider clock, ILogger<DemoData> logger)
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
            await SeedPlacementsAsync(db, organization.Id, ct);
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
        await ApproveExampleAsync(db, plan.Id, ct);
        await SeedPlacementsAsync(db, organization.Id, ct);
        logger.LogInformation("Seeded the demo organization {OrganizationSlug} with {AccountCount} demo accounts", OrganizationSlug, Accounts.Length);
    }

    /// <summary>The name of the demo plan's snapshot that the demo director approved.</summary>
    public const string ApprovedSnapshotName = "Draft for the December board meeting";

    /// <summary>
    /// The demo director approves a snapshot of the example plan, so the plan report's cover and the action plan show an
    /// approval from the first start (the snapshot is the whole plan as seeded).
    /// </summary>
    private async Task ApproveExampleAsync(AppDbContext db, Guid planId, CancellationToken ct)
    {
        var (email, name, _) = Accounts.Single(a => a.Role == OrganizationRole.Director);
        var director = await users.FindByEmailAsync(email);
        var snapshot = new PlanSnapshot
        {
            PlanId = planId,
            Name = ApprovedSnapshotName,
            TakenAt = clock.GetUtcNow(),
            TakenBy = director!.Id,
            Content = (await Features.History.PlanContent.LoadAsync(db, planId, ct)).ToJson(),
        };
        db.PlanSnapshots.Add(snapshot);
        db.ActionPlanApprovals.Add(new Core.ActionPlans.ActionPlanApproval
        {
            PlanId = planId,
            SnapshotId = snapshot.Id,
            SnapshotName = snapshot.Name,
            ApprovedBy = director.Id,
            ApproverName = name,
            ApprovedAt = clock.GetUtcNow(),
            Note = "Approved for the December board meeting; the RACI gap on the bridge curriculum is to be closed by then.",
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>How many synthetic placements the demo board has: enough for every breakdown to show real groups.</summary>
    public const int DemoPlacements = 3_000;

    /// <summary>
    /// Gives the demo board a baseline to look at: a living wage table, the sample standards (published) and synthetic
    /// placements, scored by the background worker. Skipped when the board has placements already.
    /// </summary>
    private async Task SeedPlacementsAsync(AppDbContext db, Guid organizationId, CancellationToken ct)
    {
        if (await db.Placements.AnyAsync(p => EF.Property<Guid>(p, "OrganizationId") == organizationId, ct)) return;
        var sample = new SampleDataGenerator(seed: 2026);

        if (!await db.LivingWageTables.AnyAsync(t => t.OrganizationId == organizationId, ct))
        {
            var table = new StringWriter();
            sample.WriteLivingWages(table);
            await using var tableFile = new MemoryStream(Encoding.UTF8.GetBytes(table.ToString()));
            await livingWages.ImportAsync(new LivingWageImport(organizationId, "Synthetic living wages (demo)", 2026, "demo-living-wage.csv"), tableFile, ct);
        }
        if (!await db.StandardsVersions.AnyAsync(s => s.OrganizationId == organizationId, ct))
        {
            var document = StandardsText.Normalize(SampleStandards.Json).Json!;
            var version = new StandardsVersion
            {
                OrganizationId = organizationId,
                Number = 1,
                Name = StandardsVersion.NameFrom(document),
                Document = document,
            };
            db.StandardsVersions.Add(version);
            await StandardsPublishing.PublishAsync(db, version, null, DateTimeOffset.UtcNow, ct);
        }

        var placementsCsv = new StringWriter();
        sample.WritePlacements(placementsCsv, DemoPlacements);
        await using var placementsFile = new MemoryStream(Encoding.UTF8.GetBytes(placementsCsv.ToString()));
        // Importing queues the scoring run; the worker scores the placements in the background.
        await placements.ImportAsync(new PlacementUpload(organizationId, "demo-placements.csv", null), placementsFile, ct);
    }
}
