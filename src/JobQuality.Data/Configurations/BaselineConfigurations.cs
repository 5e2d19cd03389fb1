using JobQuality.Core.Baseline;
using JobQuality.Core.LivingWages;
using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobQuality.Data.Configurations;

internal sealed class ScoringRunConfiguration : IEntityTypeConfiguration<ScoringRun>
{
    public void Configure(EntityTypeBuilder<ScoringRun> entity)
    {
        entity.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<StandardsVersion>().WithMany().HasForeignKey(r => r.StandardsVersionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StoredLivingWageTable>().WithMany().HasForeignKey(r => r.LivingWageTableId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(r => r.Reason).HasMaxLength(ScoringRun.ReasonMaxLength).IsRequired();
        entity.HasIndex(r => new { r.OrganizationId, r.QueuedAt });
        // One queued run per organization: asking again while one waits joins it (it will read the newest data anyway).
        entity.HasIndex(r => r.OrganizationId).IsUnique().HasFilter("\"Status\" = 'Queued'").HasDatabaseName("IX_ScoringRuns_Queued");
        entity.Ignore(r => r.IsFinished);
        entity.Ignore(r => r.PercentDone);
    }
}

internal sealed class PlacementResultConfiguration : IEntityTypeConfiguration<PlacementResult>
{
    public void Configure(EntityTypeBuilder<PlacementResult> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.PlacementId });
        entity.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<ScoringRun>().WithMany().HasForeignKey(r => r.ScoringRunId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(r => r.ScoringRunId);
        // Statuses and the classification are small numbers (the enums' values), so a million results stay compact.
        entity.Property(r => r.Classification).HasConversion<short>();
        foreach (var principle in Enum.GetNames<Principle>()) entity.Property(principle).HasConversion<short?>();
        entity.Property(r => r.Score).HasColumnType("numeric(4,1)");
    }
}

internal sealed class BaselineRollupConfiguration : IEntityTypeConfiguration<BaselineRollup>
{
    public void Configure(EntityTypeBuilder<BaselineRollup> entity)
    {
        // Breakdown first: the dashboard reads the breakdowns it shows; the date next, for date filters.
        entity.HasKey(r => new { r.OrganizationId, r.Breakdown, r.PlacementDate, r.Program, r.CountyFips, r.Group });
        entity.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlacementImportConfiguration : IEntityTypeConfiguration<PlacementImport>
{
    public void Configure(EntityTypeBuilder<PlacementImport> entity)
    {
        entity.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<ScoringRun>().WithMany().HasForeignKey(i => i.ScoringRunId).OnDelete(DeleteBehavior.SetNull);
        entity.HasIndex(i => new { i.OrganizationId, i.StartedAt });
        entity.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(i => i.FileName).HasMaxLength(PlacementImport.FileNameMaxLength).IsRequired();
        entity.Property(i => i.StartedBy).HasMaxLength(450);
        entity.Ignore(i => i.PercentRead);
        entity.Ignore(i => i.Message);
    }
}

internal sealed class PlacementImportErrorConfiguration : IEntityTypeConfiguration<PlacementImportError>
{
    public void Configure(EntityTypeBuilder<PlacementImportError> entity)
    {
        entity.HasKey(e => new { e.ImportId, e.Ordinal });
        entity.HasOne<PlacementImport>().WithMany().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BaselineGoalConfiguration : IEntityTypeConfiguration<BaselineGoal>
{
    public void Configure(EntityTypeBuilder<BaselineGoal> entity)
    {
        entity.HasOne<Organization>().WithMany().HasForeignKey(g => g.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(g => new { g.OrganizationId, g.TargetDate });
        entity.Property(g => g.Statement).HasMaxLength(BaselineGoal.StatementMaxLength).IsRequired();
        entity.Property(g => g.Measure).HasConversion<string>().HasMaxLength(30);
        entity.Property(g => g.Principle).HasConversion<string>().HasMaxLength(30);
        entity.Property(g => g.GroupColumn).HasMaxLength(30);
        entity.Property(g => g.GroupValue).HasMaxLength(BaselineGoal.GroupValueMaxLength);
        entity.Property(g => g.TargetPct).HasColumnType("numeric(4,1)");
        entity.Property(g => g.StartingPct).HasColumnType("numeric(4,1)");
        entity.Property(g => g.Version).IsRowVersion();
        entity.MapAudit();
    }
}
