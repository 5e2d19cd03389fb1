using System.Security.Claims;
using System.Text;
using JobQuality.Core.Baseline;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using JobQuality.Data.LivingWages;
using JobQuality.Data.Placements;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>
/// Scored placements for baseline tests, through the same steps as the app: a published standards version, a living
/// wage table, placements stored by <see cref="PlacementStore"/>, and a scoring run queued, claimed and run.
/// </summary>
public sealed class BaselineData(AppFactory app)
{
    /// <summary>The sample generator's file: header and <paramref name="rows"/> placements, one per line.</summary>
    public static List<string> PlacementLines(int rows, int seed = 11)
    {
        var csv = new StringWriter();
        new SampleDataGenerator(seed).WritePlacements(csv, rows);
        return csv.ToString().TrimEnd('\n').Split('\n').ToList();
    }

    /// <summary>Sets one cell of a placement line (columns named as in the header; no quoted commas in the sample's other cells).</summary>
    public static string WithCell(List<string> lines, int line, string column, string value)
    {
        var header = lines[0].Split(',').ToList();
        var cells = SplitRow(lines[line]);
        cells[header.IndexOf(column)] = value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
        return lines[line] = string.Join(',', cells);
    }

    /// <summary>The placements of a file as the engine reads them, to work out what the baseline should say.</summary>
    public static List<Placement> Read(IEnumerable<string> lines)
    {
        var reader = new PlacementCsvReader(new StringReader(string.Join('\n', lines)));
        var placements = reader.ReadAll().ToList();
        reader.Errors.ShouldBeEmpty();
        return placements;
    }

    /// <summary>Publishes standards, loads a living wage table and the placements, and scores them.</summary>
    public async Task ScoredAsync(Organization organization, IEnumerable<string> placementLines, string? standardsJson = null)
    {
        await PublishStandardsAsync(organization, standardsJson ?? SampleStandards.Json);
        await LivingWageTableAsync(organization);
        await ImportAsync(organization, placementLines);
        await ScoreAsync(organization);
    }

    public async Task PublishStandardsAsync(Organization organization, string json)
    {
        await using var db = app.NewDbContext();
        var number = await StandardsPublishing.NextNumberAsync(db, organization.Id, CancellationToken.None);
        var version = new StandardsVersion
        {
            OrganizationId = organization.Id,
            Number = number,
            Name = StandardsVersion.NameFrom(json),
            Document = json,
        };
        db.StandardsVersions.Add(version);
        await StandardsPublishing.PublishAsync(db, version, "test", DateTimeOffset.UtcNow, CancellationToken.None);
    }

    public async Task LivingWageTableAsync(Organization organization)
    {
        var csv = new StringWriter();
        new SampleDataGenerator(11).WriteLivingWages(csv);
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LivingWageTableImporter>();
        var result = await importer.ImportAsync(new LivingWageImport(organization.Id, "Test living wages", 2026, "lw.csv"),
            new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())));
        result.Succeeded.ShouldBeTrue();
    }

    public async Task ImportAsync(Organization organization, IEnumerable<string> lines)
    {
        await using var db = app.NewDbContext();
        var reader = new PlacementCsvReader(new StringReader(string.Join('\n', lines)));
        var counts = await PlacementStore.ImportAsync(db, organization.Id, reader.ReadAll(), () => reader.Errors.Count > 0);
        reader.Errors.ShouldBeEmpty();
        counts.ShouldNotBeNull();
    }

    /// <summary>Queues a run for the organization and waits until the app's background worker has scored it.</summary>
    public async Task ScoreAsync(Organization organization)
    {
        Guid runId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var queued = await scope.ServiceProvider.GetRequiredService<PlacementScoring>().QueueAsync(organization.Id, "Test");
            queued.ShouldNotBeNull();
            runId = queued.Id;
        }
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var db = app.NewDbContext();
            var run = await db.ScoringRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
            if (run.IsFinished)
            {
                run.Status.ShouldBe(ScoringRunStatus.Done, run.Problem);
                return;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Scoring run {runId} is still {run.Status} after 60 seconds.");
            await Task.Delay(50);
        }
    }

    /// <summary>A handler of the app, called as the given person (as a page would call it in their circuit).</summary>
    public T Handler<T>(IServiceScope scope, string userId) where T : notnull
    {
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(signedIn)));
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        cells.Add(current.ToString());
        return cells;
    }

}
