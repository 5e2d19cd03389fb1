using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Data.Baseline;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Standards;

/// <summary>
/// Puts a valid draft in force and retires the version that was (directors and administrators only). An invalid draft
/// is refused with every problem, in the lines <c>jobquality validate</c> prints for the downloaded file.
/// </summary>
public static class PublishStandards
{
    public sealed record Command(string Slug, int Number, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock, PlacementScoring scoring)
    {
        public async Task<Outcome<StandardsVersionView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindAsync(db, command.Slug, ct);
            if (organization is null) return Outcome<StandardsVersionView>.NotFound();
            if (!organization.Role.CanPublishStandards()) return Outcome<StandardsVersionView>.NotAllowed();
            var draft = await db.StandardsVersions.FirstOrDefaultAsync(s => s.OrganizationId == organization.OrganizationId && s.Number == command.Number, ct);
            if (draft is null) return Outcome<StandardsVersionView>.NotFound();
            var view = StandardsVersionView.From(draft, organization.Slug);
            if (!draft.IsDraft)
            {
                return Outcome<StandardsVersionView>.Invalid("status", $"Version {draft.Number} is {draft.Status.ToString().ToLowerInvariant()}: only a draft can be published.");
            }
            if (draft.Version != command.Version) return Outcome<StandardsVersionView>.Conflict(view);
            var errors = StandardsJson.Read(view.Document).Errors;
            if (errors.Count > 0) return StandardsFiles.Invalid<StandardsVersionView>(errors, view.FileName);

            db.Entry(draft).Property(s => s.Version).OriginalValue = command.Version;
            try
            {
                await StandardsPublishing.PublishAsync(db, draft, access.UserId, clock.GetUtcNow(), ct);
            }
            catch (DbUpdateException)
            {
                // Someone changed the draft or published another version at the same moment: show what is stored now.
                await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                var current = await fresh.StandardsVersions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == draft.Id, ct);
                return current is null ? Outcome<StandardsVersionView>.NotFound() : Outcome<StandardsVersionView>.Conflict(StandardsVersionView.From(current, organization.Slug));
            }
            await scoring.QueueAsync(organization.OrganizationId, PlacementScoring.PublishedReason(draft.Number), ct);
            return Outcome<StandardsVersionView>.Ok(StandardsVersionView.From(draft, organization.Slug));
        }
    }
}
