using System.Linq.Expressions;
using JobQuality.Core.Scoring;
using JobQuality.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace JobQuality.Data.Placements;

/// <summary>How an import changed the stored placements.</summary>
public sealed record ImportCounts(int New, int Changed, int Unchanged)
{
    public int Total => New + Changed + Unchanged;
}

/// <summary>
/// Stores a file's placements in one transaction: binary COPY into a temporary staging table, then one set-based
/// insert-or-update keyed by (organization, placement_id) that only touches rows whose values differ. A file found bad
/// by the end, a cancelled import or a killed process commits nothing.
/// </summary>
public static class PlacementStore
{
    private sealed record Column(string Name, NpgsqlDbType Type, Func<Placement, object?> Get);

    /// <param name="placements">The file's valid rows, read as they are stored.</param>
    /// <param name="fileIsBad">Asked once every row has been read: true means store nothing.</param>
    /// <returns>The counts, or null when the file was bad and nothing was stored.</returns>
    public static async Task<ImportCounts?> ImportAsync(
        AppDbContext db, Guid organizationId, IEnumerable<Placement> placements, Func<bool> fileIsBad, CancellationToken ct = default)
    {
        var columns = ColumnsOf(db);
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await LockImportsAsync(connection, organizationId, ct);
            // The staging table has the file's columns only: no constraints, no defaults (the sequence numbers placements
            // when they are first inserted, in file order, not here).
            var organization = Quote(PlacementConfiguration.OrganizationId);
            await ExecuteAsync(connection, $"""CREATE TEMP TABLE placement_staging ON COMMIT DROP AS SELECT {organization}, {names} FROM "Placements" WITH NO DATA""", ct);
            await using (var copy = await connection.BeginBinaryImportAsync(
                $"COPY placement_staging ({organization}, {names}) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var placement in placements)
                {
                    ct.ThrowIfCancellationRequested();
                    copy.StartRow();
                    copy.Write(organizationId, NpgsqlDbType.Uuid);
                    foreach (var column in columns)
                    {
                        if (column.Get(placement) is { } value) copy.Write(value, column.Type);
                        else copy.WriteNull();
                    }
                }
                if (fileIsBad()) return null; // leaving without Complete cancels the COPY; the transaction rolls back
                await copy.CompleteAsync(ct);
            }

            var updates = string.Join(", ", columns.Select(c => $"{Quote(c.Name)} = EXCLUDED.{Quote(c.Name)}"));
            var stored = string.Join(", ", columns.Select(c => $"p.{Quote(c.Name)}"));
            var incoming = string.Join(", ", columns.Select(c => $"EXCLUDED.{Quote(c.Name)}"));
            await using var upsert = new NpgsqlCommand($"""
                WITH written AS (
                    INSERT INTO "Placements" AS p ({organization}, {names})
                    SELECT {organization}, {names} FROM placement_staging
                    ON CONFLICT ({organization}, "PlacementId") DO UPDATE SET {updates}
                    WHERE ({stored}) IS DISTINCT FROM ({incoming})
                    RETURNING (xmax = 0) AS inserted)
                SELECT count(*) FILTER (WHERE inserted)::int, count(*) FILTER (WHERE NOT inserted)::int,
                       (SELECT count(*)::int FROM placement_staging)
                FROM written
                """, connection);
            int inserted, changed, total;
            await using (var reader = await upsert.ExecuteReaderAsync(ct))
            {
                await reader.ReadAsync(ct);
                (inserted, changed, total) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
            }
            await transaction.CommitAsync(ct);
            return new ImportCounts(inserted, changed, total - inserted - changed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Holds, until the transaction ends, the organization's placements lock: one import at a time (so two uploads of
    /// new rows cannot race for the same placement ids), and no import while its placements are being scored.
    /// </summary>
    public static async Task LockImportsAsync(NpgsqlConnection connection, Guid organizationId, CancellationToken ct)
    {
        await using var lockImports = LockCommand("pg_advisory_xact_lock", connection, organizationId);
        await lockImports.ExecuteNonQueryAsync(ct);
    }

    /// <summary>As <see cref="LockImportsAsync"/> without waiting: false when an import or a scoring run holds the lock now.</summary>
    public static async Task<bool> TryLockImportsAsync(NpgsqlConnection connection, Guid organizationId, CancellationToken ct)
    {
        await using var lockImports = LockCommand("pg_try_advisory_xact_lock", connection, organizationId);
        return (bool)(await lockImports.ExecuteScalarAsync(ct))!;
    }

    private static NpgsqlCommand LockCommand(string function, NpgsqlConnection connection, Guid organizationId)
    {
        var command = new NpgsqlCommand($"SELECT {function}(hashtextextended(@organization, 0))", connection);
        command.Parameters.AddWithValue("organization", $"placements:{organizationId}");
        return command;
    }

    /// <summary>Every mapped column of a placement but the organization, with a compiled getter (a file can have a million rows).</summary>
    private static List<Column> ColumnsOf(AppDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Placement))!;
        var row = Expression.Parameter(typeof(Placement));
        return entity.GetProperties()
            .Where(p => p.PropertyInfo is not null)
            .Select(p => new Column(
                p.GetColumnName(),
                TypeOf(Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType),
                Expression.Lambda<Func<Placement, object?>>(Expression.Convert(Expression.Property(row, p.PropertyInfo!), typeof(object)), row).Compile()))
            .ToList();
    }

    private static NpgsqlDbType TypeOf(Type type) =>
        type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(decimal) ? NpgsqlDbType.Numeric
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(DateOnly) ? NpgsqlDbType.Date
        : throw new NotSupportedException($"No COPY type for placement values of type {type.Name}.");

    private static string Quote(string name) => $"\"{name}\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
