using JobQuality.Core.Accounts;
using JobQuality.Core.Baseline;
using JobQuality.Core.Canvas;
using JobQuality.Core.Challenges;
using JobQuality.Core.Comments;
using JobQuality.Core.History;
using JobQuality.Core.Invitations;
using JobQuality.Core.LivingWages;
using JobQuality.Core.Organizations;
using JobQuality.Core.Pitch;
using JobQuality.Core.Plans;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Data.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Data;

/// <summary>Identity and the domain in one PostgreSQL database. Mapping lives in Configurations/.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect session cookies, shared by every app instance so any of them can read any session.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationMembership> OrganizationMemberships => Set<OrganizationMembership>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanMember> PlanMembers => Set<PlanMember>();
    public DbSet<PlanInvitation> PlanInvitations => Set<PlanInvitation>();
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();
    public DbSet<ValueProposition> ValuePropositions => Set<ValueProposition>();
    public DbSet<WorkbookAnswer> WorkbookAnswers => Set<WorkbookAnswer>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<CanvasItem> CanvasItems => Set<CanvasItem>();
    public DbSet<DataNeed> DataNeeds => Set<DataNeed>();
    public DbSet<KeyDifference> KeyDifferences => Set<KeyDifference>();
    public DbSet<SuccessIndicator> SuccessIndicators => Set<SuccessIndicator>();
    public DbSet<FirstStep> FirstSteps => Set<FirstStep>();
    public DbSet<PlanSnapshot> PlanSnapshots => Set<PlanSnapshot>();
    public DbSet<PitchSession> PitchSessions => Set<PitchSession>();
    public DbSet<PitchFeedback> PitchFeedback => Set<PitchFeedback>();
    public DbSet<Challenge> Challenges => Set<Challenge>();
    public DbSet<Core.ActionPlans.Strategy> Strategies => Set<Core.ActionPlans.Strategy>();
    public DbSet<Core.ActionPlans.ActionStep> ActionSteps => Set<Core.ActionPlans.ActionStep>();
    public DbSet<Core.ActionPlans.RaciCell> RaciCells => Set<Core.ActionPlans.RaciCell>();
    public DbSet<Core.ActionPlans.StepWait> StepWaits => Set<Core.ActionPlans.StepWait>();
    public DbSet<Core.ActionPlans.ActionPlanApproval> ActionPlanApprovals => Set<Core.ActionPlans.ActionPlanApproval>();
    public DbSet<CommentThread> CommentThreads => Set<CommentThread>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentEdit> CommentEdits => Set<CommentEdit>();
    public DbSet<CommentMention> CommentMentions => Set<CommentMention>();
    public DbSet<Core.Notifications.Notification> Notifications => Set<Core.Notifications.Notification>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<Core.Scoring.Placement> Placements => Set<Core.Scoring.Placement>();
    public DbSet<StoredLivingWageTable> LivingWageTables => Set<StoredLivingWageTable>();
    public DbSet<StoredLivingWageRate> LivingWageRates => Set<StoredLivingWageRate>();
    public DbSet<StandardsVersion> StandardsVersions => Set<StandardsVersion>();
    public DbSet<ScoringRun> ScoringRuns => Set<ScoringRun>();
    public DbSet<PlacementResult> PlacementResults => Set<PlacementResult>();
    public DbSet<BaselineRollup> BaselineRollups => Set<BaselineRollup>();
    public DbSet<PlacementImport> PlacementImports => Set<PlacementImport>();
    public DbSet<PlacementImportError> PlacementImportErrors => Set<PlacementImportError>();
    public DbSet<BaselineGoal> BaselineGoals => Set<BaselineGoal>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasSequence<long>(Configurations.PlacementConfiguration.SequenceName);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
