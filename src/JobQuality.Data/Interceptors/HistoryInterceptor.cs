using System.Text.Json;
using System.Text.Json.Nodes;
using JobQuality.Core.Common;
using JobQuality.Core.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobQuality.Data.Interceptors;

/// <summary>
/// Adds a <see cref="ChangeRecord"/> for every added, changed or deleted record that keeps history, inside the
/// same save, so history and data cannot disagree. Audit columns and the concurrency version are left out.
/// </summary>
public sealed class HistoryInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Ignored =
    [
        nameof(AuditableEntity.CreatedAt), nameof(AuditableEntity.CreatedBy),
        nameof(AuditableEntity.UpdatedAt), nameof(AuditableEntity.UpdatedBy),
        nameof(IConcurrencyVersioned.Version),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Record(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow();
        var records = new List<ChangeRecord>();
        foreach (var entry in context.ChangeTracker.Entries<IHasHistory>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            records.Add(new ChangeRecord
            {
                PlanId = entry.Entity.HistoryPlanId,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = entry.Entity.HistoryEntityId,
                Kind = entry.State switch
                {
                    EntityState.Added => ChangeKind.Added,
                    EntityState.Deleted => ChangeKind.Deleted,
                    _ => ChangeKind.Modified,
                },
                ChangedAt = now,
                ChangedBy = currentUser.UserId,
                Changes = changes.ToJsonString(),
            });
        }
        context.Set<ChangeRecord>().AddRange(records);
    }

    private static JsonObject Changes(EntityEntry entry)
    {
        var changes = new JsonObject();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Ignored.Contains(name) || property.Metadata.IsShadowProperty()) continue;
            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(before, after))) continue;
            changes[name] = new JsonObject
            {
                ["before"] = JsonSerializer.SerializeToNode(before),
                ["after"] = JsonSerializer.SerializeToNode(after),
            };
        }
        return changes;
    }
}
