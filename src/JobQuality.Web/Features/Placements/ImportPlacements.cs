using JobQuality.Core.Baseline;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Csv;
using JobQuality.Data;
using JobQuality.Data.Placements;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Placements;

/// <summary>
/// Loads a placements file (SCORING.md section 1) into the organization's placements, all or nothing: a file with any
/// error stores nothing and every error comes back with its row, column, value and reason. Placements are keyed by
/// placement_id, so importing the same file again changes nothing and says so, and a changed row is updated.
/// What changed is scored in the background; <see cref="Result.ScoringRunId"/> is the run to watch.
/// </summary>
public static class ImportPlacements
{
    /// <param name="ImportId">Chosen by the page, so it can watch the import's progress while the file uploads.</param>
    public sealed record Command(string OrganizationSlug, Stream File, string? FileName = null, Guid? ImportId = null);

    /// <summary>What happened: counts when stored; the file's errors (and nothing stored) otherwise.</summary>
    public sealed record Result(
        Guid ImportId, bool Stored, int Rows, int New, int Changed, int Unchanged, IReadOnlyList<CsvError> Errors, string Message, Guid? ScoringRunId);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, PlacementImporter importer, ILogger<Handler> logger)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken ct = default)
        {
            Guid organizationId;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                var organization = await access.FindOrganizationAsync(db, command.OrganizationSlug, ct);
                if (organization is null) return Outcome<Result>.NotFound();
                // Placements are participant-level data: partners may not even learn whether an import exists.
                if (!organization.Role.SeesParticipantData()) return Outcome<Result>.NotFound();
                organizationId = organization.OrganizationId;
            }

            PlacementImportOutcome outcome;
            try
            {
                outcome = await importer.ImportAsync(new PlacementUpload(organizationId, command.FileName ?? "", access.UserId, command.ImportId), command.File, ct);
            }
            catch (DuplicateImportIdException)
            {
                return Outcome<Result>.Invalid("importId", "This import id has been used already: let the page choose a new one, or leave it out.");
            }
            var import = outcome.Import;
            var result = new Result(import.Id, import.Status == PlacementImportStatus.Stored, import.Rows, import.New, import.Changed, import.Unchanged,
                outcome.Errors, import.Message, outcome.Scoring?.Id);
            logger.LogInformation("Placement import {ImportId} for {OrganizationId}: {Status}, {Rows} rows, {New} new, {Changed} changed, {Errors} errors",
                import.Id, organizationId, import.Status, import.Rows, import.New, import.Changed, import.ErrorCount);
            return Outcome<Result>.Ok(result);
        }
    }
}
