using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

/// <summary>
/// A board's placements, keyed by (organization, placement_id) so re-importing a file updates rather than duplicates.
/// The Core record is mapped as it is; the organization is a shadow key, because the engine never needs it.
/// </summary>
internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public const string OrganizationId = "OrganizationId";

    /// <summary>Numbers placements in the order they were first imported (see <see cref="Core.Baseline.PlacementResult.Sequence"/>).</summary>
    public const string Sequence = "Sequence";
    public const string SequenceName = "PlacementSequence";

    /// <summary>The fingerprint of the stored values (<see cref="Placements.PlacementRowHash"/>); null for rows stored before fingerprints.</summary>
    public const string RowHash = "RowHash";

    public void Configure(EntityTypeBuilder<Placement> entity)
    {
        entity.Property<Guid>(OrganizationId);
        entity.HasKey(OrganizationId, nameof(Placement.PlacementId));
        entity.HasOne<Organization>().WithMany().HasForeignKey(OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // No other index: placements are only ever read whole, per organization (scoring); the dashboard reads results.
        entity.Property<long>(Sequence).HasDefaultValueSql($"nextval('\"{SequenceName}\"')");
        entity.Property<byte[]>(RowHash).IsRequired(false);
        // Text stays unbounded and numbers unconstrained: the file's reader has checked every value, and a length
        // or precision limit here could only fail an import with a database error, or round a wage silently.
        foreach (var money in new[] { nameof(Placement.HourlyWage), nameof(Placement.WeeklyHours), nameof(Placement.EmployerPremiumSharePct) })
        {
            entity.Property(money).HasColumnType("numeric");
        }
    }
}
