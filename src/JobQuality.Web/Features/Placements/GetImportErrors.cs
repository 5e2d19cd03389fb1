using System.Text;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Csv;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Placements;

/// <summary>
/// The problems of a rejected upload: a page of them for the screen, or all of them as a CSV report to fix the file
/// with (row, column, value, reason; spreadsheet formulas neutralized, since the values come from the uploaded file).
/// </summary>
public static class GetImportErrors
{
    public const int MaxPageSize = 500;

    public sealed record Query(string OrganizationSlug, Guid ImportId, int Skip = 0, int Take = 100);

    public sealed record Result(int Total, IReadOnlyList<CsvError> Errors);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await FindImportAsync(db, query.OrganizationSlug, query.ImportId, ct) is not { } importId) return Outcome<Result>.NotFound();
            var errors = db.PlacementImportErrors.AsNoTracking().Where(e => e.ImportId == importId);
            var page = await errors.OrderBy(e => e.Ordinal)
                .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, MaxPageSize))
                .Select(e => new CsvError(e.Row, e.Column, e.Value, e.Reason)).ToListAsync(ct);
            return Outcome<Result>.Ok(new Result(await errors.CountAsync(ct), page));
        }

        /// <summary>
        /// Writes every problem as CSV to the stream <paramref name="openOutput"/> gives once the import is found;
        /// false (and nothing opened) when there is no such import for the caller.
        /// </summary>
        public async Task<bool> WriteCsvAsync(string slug, Guid importId, Func<Stream> openOutput, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await FindImportAsync(db, slug, importId, ct) is null) return false;
            await using var writer = new StreamWriter(openOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true);
            await writer.WriteLineAsync(CsvCells.Line("row", "column", "value", "problem"));
            await foreach (var error in db.PlacementImportErrors.AsNoTracking().Where(e => e.ImportId == importId).OrderBy(e => e.Ordinal).AsAsyncEnumerable().WithCancellation(ct))
            {
                await writer.WriteLineAsync(CsvCells.Line(error.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Column, error.Value, error.Reason));
            }
            return true;
        }

        private async Task<Guid?> FindImportAsync(AppDbContext db, string slug, Guid importId, CancellationToken ct)
        {
            var organization = await access.FindOrganizationAsync(db, slug, ct);
            if (organization is null || !organization.Role.SeesParticipantData()) return null;
            return await db.PlacementImports.AnyAsync(i => i.Id == importId && i.OrganizationId == organization.OrganizationId, ct) ? importId : null;
        }
    }
}
