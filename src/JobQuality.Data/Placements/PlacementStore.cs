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
/// Stores a file's placements in one transaction, keyed by (organization, placement_id), writing only what is new or
/// changed. Each stored row keeps a fingerprint of its values (<see cref="PlacementRowHash"/>), and the import starts
/// by loading the organization's fingerprints, so each row of the file is sorted as it is read:
/// <list type="bullet">
/// <item>an id not stored yet goes by binary COPY straight into the placements table (a first import is one COPY);</item>
/// <item>a stored id with the same fingerprint is unchanged and costs nothing more;</item>
/// <item>anything else (a changed row, a row stored before fingerprints) goes by COPY into a temporary staging table,
/// and one set-based UPDATE at the end writes the rows whose values differ.</item>
/// </list>
/// A file found bad by the end, a cancelled import or a killed process commits nothing.
/// </summary>
public static class PlacementStore
{
    /// <summary>Rows to compare in the database are kept this many at a time before they go to the staging table.</summary>
    public const int StagingBatch = 10_000;

    /// <summary>A million rows on a busy machine take longer than a command's usual 30 seconds.</summary>
    internal static readonly TimeSpan BulkTimeout = TimeSpan.FromMinutes(10);

    /// <param name="placements">The file's valid rows, read as they are stored.</param>
    /// <param name="fileIsBad">
    /// True once the file has any error: nothing more is written (the file is still read to the end, for its errors),
    /// and nothing is stored. Asked on the thread that enumerates <paramref name="placements"/>.
    /// </param>
    /// <returns>The counts, or null when the file was bad and nothing was stored.</returns>
    public static async Task<ImportCounts?> ImportAsync(
        AppDbContext db, Guid organizationId, IEnumerable<Placement> placements, Func<bool> fileIsBad, CancellationToken ct = default)
    {
        var columns = PlacementColumns.Of(db);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await LockImportsAsync(connection, organizationId, ct);
            var store = new Import(connection, organizationId, columns, await StoredFingerprintsAsync(connection, organizationId, ct));
            try
            {
                foreach (var placement in placements)
                {
                    ct.ThrowIfCancellationRequested();
                    if (fileIsBad()) continue; // read on for the errors; the transaction rolls back
                    await store.AddAsync(placement, ct);
                }
                if (fileIsBad()) return null;
                var counts = await store.FinishAsync(ct);
                await transaction.CommitAsync(ct);
                return counts;
            }
            finally
            {
                await store.DisposeAsync(); // an unfinished COPY is cancelled
            }
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

    /// <summary>
    /// The organization's stored rows, by a 64-bit key of their id, with their fingerprint (0 when unknown). Two ids
    /// sharing a key keep no fingerprint, so both are compared in the database; a new id sharing a stored id's key
    /// is compared there too, and found new.
    /// </summary>
    private static async Task<Dictionary<ulong, UInt128>> StoredFingerprintsAsync(NpgsqlConnection connection, Guid organizationId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""SELECT "PlacementId", "{PlacementConfiguration.RowHash}" FROM "Placements" WHERE "OrganizationId" = @organization""", connection);
        command.Parameters.AddWithValue("organization", organizationId);
        command.CommandTimeout = (int)BulkTimeout.TotalSeconds;
        var stored = new Dictionary<ulong, UInt128>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var fingerprint = reader.IsDBNull(1) ? UInt128.Zero : PlacementRowHash.Read(reader.GetFieldValue<byte[]>(1));
            var key = PlacementRowHash.KeyOf(reader.GetString(0));
            if (!stored.TryAdd(key, fingerprint)) stored[key] = UInt128.Zero;
        }
        return stored;
    }

    /// <summary>One import's writing: the COPY into the placements table or into staging, and the counts.</summary>
    private sealed class Import(NpgsqlConnection connection, Guid organizationId, IReadOnlyList<PlacementColumn> columns, Dictionary<ulong, UInt128> stored)
        : IAsyncDisposable
    {
        private static readonly string Organization = $"\"{PlacementConfiguration.OrganizationId}\"";
        private static readonly string Hash = $"\"{PlacementConfiguration.RowHash}\"";

        private readonly PlacementRowHash _hash = new(columns);
        private readonly byte[] _fingerprint = new byte[PlacementRowHash.Size];
        private readonly List<(Placement Placement, byte[] Fingerprint)> _toCompare = [];
        private readonly string _names = string.Join(", ", columns.Select(c => c.Quoted));
        private NpgsqlBinaryImporter? _copy;
        private bool _staging;
        private int _inserted;
        private int _unchanged;
        private int _staged;

        public async Task AddAsync(Placement placement, CancellationToken ct)
        {
            var fingerprint = _hash.Compute(placement, _fingerprint);
            if (!stored.TryGetValue(PlacementRowHash.KeyOf(placement.PlacementId), out var storedFingerprint))
            {
                _copy ??= await BeginCopyAsync("\"Placements\"", ct);
                Write(_copy, placement, _fingerprint);
                _inserted++;
            }
            else if (storedFingerprint == fingerprint && fingerprint != UInt128.Zero)
            {
                _unchanged++;
            }
            else
            {
                _toCompare.Add((placement, _fingerprint.ToArray()));
                if (_toCompare.Count == StagingBatch) await StageAsync(ct);
            }
        }

        /// <summary>Ends the COPY, writes what staging holds, and counts.</summary>
        public async Task<ImportCounts> FinishAsync(CancellationToken ct)
        {
            await EndCopyAsync(ct);
            if (_toCompare.Count > 0) await StageAsync(ct);
            if (!_staging) return new ImportCounts(_inserted, 0, _unchanged);

            var names = columns.Select(c => c.Quoted).ToList();
            var key = $"p.{Organization} = s.{Organization} AND p.\"PlacementId\" = s.\"PlacementId\"";
            if (_staged > 10_000) await ExecuteAsync("ANALYZE placement_staging", ct);
            // Rows whose values differ: updated, with their new fingerprint.
            var changed = await ExecuteAsync($"""
                UPDATE "Placements" AS p SET {string.Join(", ", names.Select(n => $"{n} = s.{n}"))}, {Hash} = s.{Hash}
                FROM placement_staging AS s
                WHERE {key} AND ({string.Join(", ", names.Select(n => $"p.{n}"))}) IS DISTINCT FROM ({string.Join(", ", names.Select(n => $"s.{n}"))})
                """, ct);
            // Rows with equal values but no (or another) fingerprint: unchanged, and found by fingerprint next time.
            await ExecuteAsync($"""
                UPDATE "Placements" AS p SET {Hash} = s.{Hash} FROM placement_staging AS s
                WHERE {key} AND p.{Hash} IS DISTINCT FROM s.{Hash}
                """, ct);
            // Rows whose id only shared a stored id's key: new.
            var inserted = await ExecuteAsync($"""
                INSERT INTO "Placements" ({Organization}, {_names}, {Hash})
                SELECT {Organization}, {_names}, {Hash} FROM placement_staging AS s
                WHERE NOT EXISTS (SELECT FROM "Placements" AS p WHERE {key})
                """, ct);
            return new ImportCounts(_inserted + inserted, changed, _unchanged + _staged - inserted - changed);
        }

        /// <summary>Sends the rows to compare to the staging table (ending a COPY into the placements table first).</summary>
        private async Task StageAsync(CancellationToken ct)
        {
            await EndCopyAsync(ct);
            if (!_staging)
            {
                // The staging table has the stored columns only: no constraints, no defaults (the sequence numbers
                // placements when they are first inserted, not here).
                await ExecuteAsync(
                    $"CREATE TEMP TABLE placement_staging ON COMMIT DROP AS SELECT {Organization}, {_names}, {Hash} FROM \"Placements\" WITH NO DATA", ct);
                _staging = true;
            }
            await using (var copy = await BeginCopyAsync("placement_staging", ct))
            {
                foreach (var (placement, fingerprint) in _toCompare) Write(copy, placement, fingerprint);
                await copy.CompleteAsync(ct);
            }
            _staged += _toCompare.Count;
            _toCompare.Clear();
        }

        private async Task<NpgsqlBinaryImporter> BeginCopyAsync(string table, CancellationToken ct)
        {
            var copy = await connection.BeginBinaryImportAsync($"COPY {table} ({Organization}, {_names}, {Hash}) FROM STDIN (FORMAT BINARY)", ct);
            copy.Timeout = BulkTimeout;
            return copy;
        }

        private void Write(NpgsqlBinaryImporter copy, Placement placement, byte[] fingerprint)
        {
            copy.StartRow();
            copy.Write(organizationId, NpgsqlDbType.Uuid);
            foreach (var column in columns) column.Write(copy, placement);
            copy.Write(fingerprint, NpgsqlDbType.Bytea);
        }

        private async Task EndCopyAsync(CancellationToken ct)
        {
            if (_copy is null) return;
            await _copy.CompleteAsync(ct);
            await _copy.DisposeAsync();
            _copy = null;
        }

        private async Task<int> ExecuteAsync(string sql, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.CommandTimeout = (int)BulkTimeout.TotalSeconds;
            return await command.ExecuteNonQueryAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            if (_copy is not null) await _copy.DisposeAsync();
        }
    }
}
