using System.Text.Json;
using System.Text.Json.Nodes;
using JobQuality.Core.Common;
using JobQuality.Core.History;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobQuality.Web.Features.History;

/// <summary>
/// Puts one record (an answer, a team member, a canvas item, the value proposition, the plan details) back to the state it
/// had right after a given change; for a deletion, to the state it had just before it, which adds it back. The record's
/// state is the fold of its changes up to that one. It is saved as a new change, so the history only grows.
/// </summary>
public static class RestoreChange
{
    public sealed record Result(string Record);

    /// <summary>Fields a restore never writes: bookkeeping, and what belongs to archiving or the organization rather than the content.</summary>
    private static readonly HashSet<string> Skipped =
    [
        nameof(AuditableEntity.CreatedAt), nameof(AuditableEntity.CreatedBy), nameof(AuditableEntity.UpdatedAt),
        nameof(AuditableEntity.UpdatedBy), nameof(IConcurrencyVersioned.Version), nameof(Plan.OrganizationId), nameof(Plan.ArchivedAt),
    ];

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<Result>> HandleAsync(Guid planId, long changeId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            if (found is null) return Outcome<Result>.NotFound();
            var change = await db.ChangeRecords.AsNoTracking().FirstOrDefaultAsync(c => c.Id == changeId && c.PlanId == planId, ct);
            if (change is null) return Outcome<Result>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<Result>.NotAllowed();

            var history = await db.ChangeRecords.AsNoTracking()
                .Where(c => c.PlanId == planId && c.EntityType == change.EntityType && c.EntityId == change.EntityId
                            && (change.Kind == ChangeKind.Deleted ? c.Id < changeId : c.Id <= changeId))
                .OrderBy(c => c.Id)
                .ToListAsync(ct);
            JsonObject? state = null;
            foreach (var earlier in history) state = ChangeWords.Fold(state, earlier);
            if (change.Kind == ChangeKind.Deleted && state is null)
            {
                // Its earlier changes are not in the history: the deletion itself says what it held.
                state = ChangeWords.Values(change, "before");
            }
            var model = db.Model.GetEntityTypes().FirstOrDefault(e => e.ClrType.Name == change.EntityType && typeof(IHasHistory).IsAssignableFrom(e.ClrType));
            if (state is null || model is null)
            {
                return Outcome<Result>.Invalid("Change", "There is no version of this record to go back to at that point.");
            }

            var key = model.FindPrimaryKey()!.Properties;
            var keyValues = key.Select(p => KeyValue(p.Name, p.ClrType, change, state, planId)).ToArray();
            var entity = await db.FindAsync(model.ClrType, keyValues, ct);
            if (entity is null)
            {
                entity = Activator.CreateInstance(model.ClrType)!;
                var added = db.Entry(entity);
                for (var i = 0; i < key.Count; i++) added.Property(key[i].Name).CurrentValue = keyValues[i];
                db.Add(entity);
            }
            var entry = db.Entry(entity);
            foreach (var (name, node) in state)
            {
                if (Skipped.Contains(name) || key.Any(k => k.Name == name)) continue;
                var property = model.FindProperty(name);
                if (property is null) continue;
                entry.Property(name).CurrentValue = node?.Deserialize(property.ClrType);
            }
            if (entity is TeamMember member && member.BackupMemberId is { } backup && backup != member.Id
                && !await db.TeamMembers.AnyAsync(m => m.Id == backup && m.PlanId == planId, ct))
            {
                // The backup has left the team since: the balance panel will ask for a new one.
                member.BackupMemberId = null;
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome<Result>.Invalid("Change", "Someone saved this record while it was being restored, so nothing was changed. Try again.");
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException
            {
                SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation,
            })
            {
                // The record's old state no longer fits the plan: e.g. a RACI cell or wait was filled in again since
                // it was removed, or something it pointed to is gone.
                return Outcome<Result>.Invalid("Change",
                    "This version cannot be put back: the plan has changed around it since (for example, the same cell or link was set again). Change it on its page instead.");
            }
            return Outcome<Result>.Ok(new Result(ChangeWords.RecordLabel(change, state)));
        }
    }

    private static object KeyValue(string name, Type type, ChangeRecord change, JsonObject state, Guid planId)
    {
        if (name == "PlanId") return planId;
        if (state[name] is { } node && node.Deserialize(type) is { } value) return value;
        var parts = change.EntityId.Split('/', 2);
        return name switch
        {
            "Id" => Guid.Parse(change.EntityId),
            "ToolKey" => parts[0],
            "FieldKey" => parts.Length > 1 ? parts[1] : "",
            _ => throw new InvalidOperationException($"Cannot work out the key {name} of a {change.EntityType}."),
        };
    }
}
