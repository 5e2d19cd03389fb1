using JobQuality.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal static class AuditColumns
{
    /// <summary>Maps the audit fields the same way on every audited entity.</summary>
    public static void MapAudit<T>(this EntityTypeBuilder<T> entity) where T : AuditableEntity
    {
        entity.Property(e => e.CreatedBy).HasMaxLength(450);
        entity.Property(e => e.UpdatedBy).HasMaxLength(450);
    }
}
