using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Data.Identity;
using JobQuality.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Component.Tests.Infrastructure;

/// <summary>
/// A migrated PostgreSQL database for page components, which load through the same handlers as in the app.
/// Each test adds its own organization, so tests sharing the database do not see each other's data.
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private TestDatabase? _database;

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = NewDbContext();
        await db.Database.MigrateAsync();
    }

    public AppDbContext NewDbContext() => new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>A new organization with one person of the given role; returns the slug and the person's id.</summary>
    public async Task<(string Slug, string UserId)> OrganizationWithPersonAsync(OrganizationRole role, params string[] planNames)
    {
        var slug = $"board-{Guid.NewGuid():N}"[..20];
        await using var db = NewDbContext();
        var organization = new Organization { Slug = slug, Name = "Test Workforce Board" };
        var user = new AppUser { UserName = $"{slug}@test.org", NormalizedUserName = $"{slug}@TEST.ORG", Email = $"{slug}@test.org", DisplayName = "Test Person" };
        db.Organizations.Add(organization);
        db.Users.Add(user);
        db.OrganizationMemberships.Add(new OrganizationMembership { OrganizationId = organization.Id, UserId = user.Id, Role = role });
        foreach (var name in planNames)
        {
            db.Plans.Add(new Plan { OrganizationId = organization.Id, Name = name, TeamName = $"{name} team", Region = "River County" });
        }
        await db.SaveChangesAsync();
        return (slug, user.Id);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}
