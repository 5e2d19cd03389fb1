using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring;
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
/// </summary>
public static class ImportPlacements
{
    public sealed record Command(string OrganizationSlug, TextReader File);

    /// <summary>What happened: counts when stored; the file's errors (and nothing stored) otherwise.</summary>
    public sealed record Result(bool Stored, int Rows, int New, int Changed, int Unchanged, IReadOnlyList<CsvError> Errors)
    {
        /// <summary>"1,204 rows: 12 new, 3 changed, 1,189 unchanged." or why nothing was stored.</summary>
        public string Message => Stored
            ? $"{Rows:N0} {(Rows == 1 ? "row" : "rows")}: {New:N0} new, {Changed:N0} changed, {Unchanged:N0} unchanged."
            : $"Nothing was stored: the file has {Errors.Count:N0} {(Errors.Count == 1 ? "problem" : "problems")} to fix first.";
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, ILogger<Handler> logger)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindOrganizationAsync(db, command.OrganizationSlug, ct);
            if (organization is null) return Outcome<Result>.NotFound();
            // Placements are participant-level data: partners may not even learn whether an import exists.
            if (!organization.Role.SeesParticipantData()) return Outcome<Result>.NotFound();

            var reader = new PlacementCsvReader(command.File, readAhead: true);
            var counts = await PlacementStore.ImportAsync(db, organization.OrganizationId, reader.ReadAll(), () => reader.Errors.Count > 0, ct);
            var result = counts is null
                ? new Result(false, reader.RowCount, 0, 0, 0, reader.Errors)
                : new Result(true, counts.Total, counts.New, counts.Changed, counts.Unchanged, []);
            logger.LogInformation("Placement import for {OrganizationSlug}: stored {Stored}, {Rows} rows, {New} new, {Changed} changed, {Errors} errors",
                organization.Slug, result.Stored, result.Rows, result.New, result.Changed, result.Errors.Count);
            return Outcome<Result>.Ok(result);
        }
    }
}
