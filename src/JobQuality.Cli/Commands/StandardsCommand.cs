using System.CommandLine;
using JobQuality.Cli.Admin;
using JobQuality.Cli.Scoring;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Cli.Commands;

/// <summary>
/// <c>jobquality standards publish --org SLUG --file S.json</c>: checks the file exactly as <c>validate</c> does (exit 2 with
/// every problem as <c>FILE:LINE:PATH: message</c>); when it is valid, stores it as the organization's next version and
/// publishes it, retiring the version in force, and prints the new version's number.
/// </summary>
internal static class StandardsCommand
{
    public static Command Create()
    {
        var org = new Option<string>("--org") { Description = "The organization's slug, e.g. metro-wdb.", Required = true };
        var file = new Option<string>("--file") { Description = "The standards JSON file (the format of the scoring contract).", Required = true };
        var publish = new Command("publish", "Check a standards file and publish it as the organization's new version of its standards.") { org, file };
        publish.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var inputs = new ScoringInputs();
            if (inputs.ReadStandards(path) is null)
            {
                foreach (var error in inputs.Errors) await Console.Error.WriteLineAsync(error);
                await Console.Error.WriteLineAsync($"{inputs.Errors.Count} problem(s) found; nothing was published.");
                return ScoringInputs.InvalidInput;
            }
            return await AdminCommand.RunAsync(async (services, db, token) => await PublishAsync(services, db, parse.GetValue(org)!.Trim(), path, token), ct);
        });
        return new Command("standards", "Manage an organization's job quality standards.") { publish };
    }

    private static async Task PublishAsync(IServiceProvider services, AppDbContext db, string slug, string path, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct)
            ?? throw new CliException($"No organization has the slug '{slug}'.");
        var document = StandardsText.Normalize(await File.ReadAllTextAsync(path, ct)).Json!;
        var version = new StandardsVersion
        {
            OrganizationId = organization.Id,
            Number = await StandardsPublishing.NextNumberAsync(db, organization.Id, ct),
            Name = StandardsVersion.NameFrom(document),
            Document = document,
        };
        db.StandardsVersions.Add(version);
        try
        {
            await StandardsPublishing.PublishAsync(db, version, CliServices.Operator, TimeProvider.System.GetUtcNow(), ct);
        }
        catch (DbUpdateException)
        {
            throw new CliException("Someone else published standards for this organization at the same moment; nothing was published. Run the command again.");
        }
        Console.WriteLine($"Published version {version.Number} of the standards of {organization.Name} (\"{version.Name}\").");
        await services.GetRequiredService<PlacementScoring>().QueueAsync(organization.Id, PlacementScoring.PublishedReason(version.Number), ct);
        await ScoreBeforeReturning.RunAsync(services, organization.Id, ct);
    }
}
