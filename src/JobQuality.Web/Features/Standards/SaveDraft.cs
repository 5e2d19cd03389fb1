using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Standards;

/// <summary>
/// Saves a draft's JSON and its choice of living wage table from the version the user started with. If someone else
/// saved the draft in between, nothing is written and their draft comes back as a conflict. Published and retired
/// versions are never changed: copy them to a new draft instead. The text must be a JSON object to be stored; it need
/// not be valid standards yet. The table must be one of the organization's own; none chosen means the newest is used.
/// </summary>
public static class SaveDraft
{
    /// <summary>The key of the draft's text as a field, for the autosaver and its messages.</summary>
    public const string DocumentField = "document";

    /// <summary>The key of the draft's living wage table (a table id, or empty for none chosen).</summary>
    public const string LivingWageTableField = "livingWageTableId";

    /// <param name="LivingWageTableId">The table the version scores with; null: none chosen, the newest table is used.</param>
    public sealed record Command(string Slug, int Number, uint Version, string Text, Guid? LivingWageTableId = null);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<StandardsVersionView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindAsync(db, command.Slug, ct);
            if (organization is null) return Outcome<StandardsVersionView>.NotFound();
            var saved = await db.StandardsVersions.FirstOrDefaultAsync(s => s.OrganizationId == organization.OrganizationId && s.Number == command.Number, ct);
            if (saved is null) return Outcome<StandardsVersionView>.NotFound();
            if (!saved.IsDraft) return Outcome<StandardsVersionView>.NotAllowed();
            if (saved.Version != command.Version) return Outcome<StandardsVersionView>.Conflict(StandardsVersionView.From(saved, organization.Slug));

            if (command.Text.Length > StandardsVersion.DocumentMaxLength)
            {
                return Outcome<StandardsVersionView>.Invalid(DocumentField, $"Standards are at most {StandardsVersion.DocumentMaxLength:N0} characters long.");
            }
            var (document, notJson) = StandardsText.Normalize(command.Text);
            if (notJson is not null)
            {
                return Outcome<StandardsVersionView>.Invalid(DocumentField, notJson.Format(StandardsFiles.FileName(organization.Slug, saved.Number)));
            }
            if (command.LivingWageTableId is { } tableId
                && !await db.LivingWageTables.AnyAsync(t => t.Id == tableId && t.OrganizationId == organization.OrganizationId, ct))
            {
                return Outcome<StandardsVersionView>.Invalid(LivingWageTableField,
                    "That living wage table is not one of this organization's tables. Choose one of its tables, or none to use the newest.");
            }

            db.Entry(saved).Property(s => s.Version).OriginalValue = command.Version;
            saved.Document = document!;
            saved.Name = StandardsVersion.NameFrom(document!);
            saved.LivingWageTableId = command.LivingWageTableId;
            var outcome = await dbFactory.SaveOrConflictAsync(db, saved,
                s => s.Id == saved.Id, s => StandardsVersionView.From(s, organization.Slug), ct);
            // The editor keeps the text as the user typed it; the stored copy is the same JSON, tidied.
            return outcome.IsOk ? outcome with { Value = outcome.Value! with { Document = command.Text } } : outcome;
        }
    }
}
