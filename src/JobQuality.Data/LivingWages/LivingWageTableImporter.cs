using System.Text;
using JobQuality.Core.LivingWages;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Csv;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace JobQuality.Data.LivingWages;

/// <summary>What is being imported: for which organization, from which source and year, under which file name.</summary>
public sealed record LivingWageImport(Guid OrganizationId, string SourceName, int VintageYear, string FileName);

/// <summary>The stored table, or every problem found in the file (and then nothing was stored).</summary>
public sealed record LivingWageImportResult(StoredLivingWageTable? Table, IReadOnlyList<CsvError> Errors)
{
    public bool Succeeded => Table is not null;
}

/// <summary>
/// Reads a living wage CSV with the scoring engine's reader (<see cref="LivingWageTable.Read"/>) and stores it
/// all or nothing: the table row through EF (so the audit columns are stamped) and its rates through binary
/// COPY on the same connection, in one transaction. Shared by the web app and the command line.
/// </summary>
public sealed class LivingWageTableImporter(IDbContextFactory<AppDbContext> dbFactory, Baseline.PlacementScoring scoring)
{
    private const string CopyRates =
        "COPY \"LivingWageRates\" (\"TableId\", \"CountyFips\", \"HouseholdType\", \"HourlyWage\") FROM STDIN (FORMAT BINARY)";

    /// <summary>Imports a table. The caller has checked who may import and the source name and year.</summary>
    public async Task<LivingWageImportResult> ImportAsync(LivingWageImport import, Stream csv, CancellationToken ct = default)
    {
        // The file is small (a national table is under 1 MB): read it whole, asynchronously, so the synchronous CSV
        // reader never blocks on a browser upload or a request body.
        using var buffer = await BufferAsync(csv, StoredLivingWageTable.MaxFileBytes, ct);
        if (buffer is null)
        {
            return Failed(new CsvError(0, "-", "", $"the file is larger than {StoredLivingWageTable.MaxFileBytes / (1024 * 1024)} MB; a living wage table for every county in the country is under 1 MB"));
        }
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var (parsed, errors) = LivingWageTable.Read(reader);
        if (parsed is null) return new LivingWageImportResult(null, errors);
        if (parsed.Count == 0) return Failed(new CsvError(2, "-", "", "the file names the columns but has no rates: add one row per county and household type"));

        var table = new StoredLivingWageTable
        {
            OrganizationId = import.OrganizationId,
            SourceName = import.SourceName.Trim(),
            VintageYear = import.VintageYear,
            FileName = StoredLivingWageTable.CleanFileName(import.FileName),
            RowCount = parsed.Count,
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.LivingWageTables.Add(table);
        await db.SaveChangesAsync(ct);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var writer = await connection.BeginBinaryImportAsync(CopyRates, ct))
        {
            foreach (var rate in parsed.Rows.OrderBy(r => r.CountyFips, StringComparer.Ordinal).ThenBy(r => r.HouseholdType, StringComparer.Ordinal))
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(table.Id, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(rate.CountyFips, NpgsqlDbType.Char, ct);
                await writer.WriteAsync(rate.HouseholdType, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(rate.HourlyWage, NpgsqlDbType.Numeric, ct);
            }
            await writer.CompleteAsync(ct);
        }
        await transaction.CommitAsync(ct);
        await scoring.QueueAfterLivingWageImportAsync(import.OrganizationId, table.SourceName, table.VintageYear, ct);
        return new LivingWageImportResult(table, []);
    }

    /// <summary>A stored table in the form the scoring engine uses, or null when there is no such table.</summary>
    public async Task<LivingWageTable?> LoadAsync(Guid tableId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.LivingWageTables.AnyAsync(t => t.Id == tableId, ct)) return null;
        var rates = await db.LivingWageRates.AsNoTracking().Where(r => r.TableId == tableId)
            .Select(r => new LivingWage(r.CountyFips, r.HouseholdType, r.HourlyWage))
            .ToListAsync(ct);
        return new LivingWageTable(rates);
    }

    private static LivingWageImportResult Failed(CsvError error) => new(null, [error]);

    /// <summary>The stream's bytes, or null when there are more than <paramref name="maxBytes"/>.</summary>
    private static async Task<MemoryStream?> BufferAsync(Stream source, int maxBytes, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }
}
