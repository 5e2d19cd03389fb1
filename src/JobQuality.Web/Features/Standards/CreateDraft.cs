using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Standards;

/// <summary>Where a new draft's JSON comes from.</summary>
public enum DraftSource
{
    /// <summary>JSON the user pasted, imported from a file, or sent to the API.</summary>
    Text,

    /// <summary>The sample standards of the scoring contract.</summary>
    Sample,

    /// <summary>A copy of an existing version (the way to change published standards).</summary>
    Copy,
}

/// <summary>
/// Creates the organization's next version as a draft. A draft may hold standards that are not valid yet, as long as
/// it is a JSON object; the API asks for valid standards (<see cref="Command.RequireValid"/>) and may publish the new
/// version at once (<see cref="Command.Publish"/>), in which case nothing is stored unless it is published.
/// </summary>
public static class CreateDraft
{
    public sealed record Command(string Slug, DraftSource Source, string? Text = null, int? CopyOf = null, bool RequireValid = false, bool Publish = false);

    private const int Attempts = 3;

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock, PlacementScoring scoring)
    {
        public async Task<Outcome<StandardsVersionView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await TryAsync(command, ct);
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Someone else took the same number (or published) a moment before: number it again.
                }
            }
        }

        private async Task<Outcome<StandardsVersionView>> TryAsync(Command command, CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindAsync(db, command.Slug, ct);
            if (organization is null) return Outcome<StandardsVersionView>.NotFound();
            if (command.Publish && !organization.Role.CanPublishStandards()) return Outcome<StandardsVersionView>.NotAllowed();

            string? text;
            Guid? livingWageTableId = null;
            switch (command.Source)
            {
                case DraftSource.Sample:
                    text = SampleStandards.Json;
                    break;
                case DraftSource.Copy:
                    // A copy scores with the same living wage table as its original.
                    var original = await db.StandardsVersions.AsNoTracking()
                        .Where(s => s.OrganizationId == organization.OrganizationId && s.Number == command.CopyOf)
                        .Select(s => new { s.Document, s.LivingWageTableId })
                        .FirstOrDefaultAsync(ct);
                    if (original is null) return Outcome<StandardsVersionView>.NotFound();
                    (text, livingWageTableId) = (original.Document, original.LivingWageTableId);
                    break;
                default:
                    text = command.Text ?? "";
                    break;
            }

            var number = await StandardsPublishing.NextNumberAsync(db, organization.OrganizationId, ct);
            var fileName = StandardsFiles.FileName(organization.Slug, number);
            if (text.Length > StandardsVersion.DocumentMaxLength)
            {
                return Outcome<StandardsVersionView>.Invalid("document", $"Standards are at most {StandardsVersion.DocumentMaxLength:N0} characters long.");
            }
            var (document, notJson) = StandardsText.Normalize(text);
            if (notJson is not null) return StandardsFiles.Invalid<StandardsVersionView>([notJson], fileName);
            if (command.RequireValid || command.Publish)
            {
                var errors = StandardsJson.Read(document!).Errors;
                if (errors.Count > 0) return StandardsFiles.Invalid<StandardsVersionView>(errors, fileName);
            }

            var version = new StandardsVersion
            {
                OrganizationId = organization.OrganizationId,
                Number = number,
                Name = StandardsVersion.NameFrom(document!),
                Document = document!,
                LivingWageTableId = livingWageTableId,
            };
            db.StandardsVersions.Add(version);
            if (command.Publish)
            {
                await StandardsPublishing.PublishAsync(db, version, access.UserId, clock.GetUtcNow(), ct);
                // The stored placements are measured against the standards in force: score them again, as publishing a draft does.
                await scoring.QueueAsync(organization.OrganizationId, PlacementScoring.PublishedReason(version.Number), ct);
            }
            else
            {
                await db.SaveChangesAsync(ct);
            }
            return Outcome<StandardsVersionView>.Ok(StandardsVersionView.From(version, organization.Slug));
        }
    }
}
