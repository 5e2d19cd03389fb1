using FluentValidation;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobQuality.Web.Features.History;

/// <summary>A snapshot as listed: its name, who took it and when.</summary>
public sealed record SnapshotSummary(Guid Id, string Name, DateTimeOffset TakenAt, string TakenBy);

/// <summary>Keeps a named copy of the plan's whole content, e.g. "as presented to the board on 2026-12-01".</summary>
public static class TakeSnapshot
{
    public sealed record Command(Guid PlanId, string Name);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n))
                .WithMessage("Give the snapshot a name that says what this version was for.");
            RuleFor(c => c.Name).Must(n => n.Trim().Length <= PlanSnapshot.NameMaxLength)
                .WithMessage($"Keep the name to {PlanSnapshot.NameMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Outcome<SnapshotSummary>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<SnapshotSummary>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<SnapshotSummary>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<SnapshotSummary>.Invalid(validation);
            var name = command.Name.Trim();
            if (await NameTakenAsync(db, command.PlanId, name, ct)) return NameTaken(name);

            var snapshot = await AddAsync(db, command.PlanId, name, access.UserId, clock.GetUtcNow(), ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (IsNameTaken(ex))
            {
                // Someone took a snapshot of the same name a moment ago, between the check above and this save.
                return NameTaken(name);
            }
            var takenBy = await Snapshots.DisplayNameAsync(db, snapshot.TakenBy, ct);
            return Outcome<SnapshotSummary>.Ok(new SnapshotSummary(snapshot.Id, snapshot.Name, snapshot.TakenAt, takenBy));
        }
    }

    private static Outcome<SnapshotSummary> NameTaken(string name) => Outcome<SnapshotSummary>.Invalid(nameof(Command.Name),
        $"This plan already has a snapshot called “{name}”. Choose another name, for example with today's date.");

    /// <summary>The save was refused by the unique index on a plan's snapshot names.</summary>
    internal static bool IsNameTaken(Exception ex) =>
        ex is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique }
        && unique.ConstraintName == Data.Migrations.SnapshotNamesUnique.IndexName;

    internal static Task<bool> NameTakenAsync(AppDbContext db, Guid planId, string name, CancellationToken ct) =>
        db.PlanSnapshots.AnyAsync(s => s.PlanId == planId && s.Name.ToLower() == name.ToLower(), ct);

    /// <summary>Adds (without saving) a snapshot of the plan's content as it is in the database now.</summary>
    internal static async Task<PlanSnapshot> AddAsync(AppDbContext db, Guid planId, string name, string? userId, DateTimeOffset now, CancellationToken ct)
    {
        var content = await PlanContent.LoadAsync(db, planId, ct);
        var snapshot = new PlanSnapshot { PlanId = planId, Name = name, TakenAt = now, TakenBy = userId, Content = content.ToJson() };
        db.PlanSnapshots.Add(snapshot);
        return snapshot;
    }
}

internal static class Snapshots
{
    /// <summary>
    /// Who made a change or took a snapshot, in words: the person's name; for changes without a person, what made them
    /// (the demo setup, the command line); "A former member" when the account no longer exists.
    /// </summary>
    public static string AuthorName(string? userId, string? displayName) => (userId, displayName) switch
    {
        (_, { } name) => name,
        (null, _) => "Set up automatically",
        (FixedCurrentUser.CommandLine, _) => "An administrator (command line)",
        _ => "A former member",
    };

    public static async Task<string> DisplayNameAsync(AppDbContext db, string? userId, CancellationToken ct) =>
        AuthorName(userId, userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct));

    /// <summary>The snapshot if it belongs to the plan; checked after the plan itself is known to be visible.</summary>
    public static Task<PlanSnapshot?> FindAsync(AppDbContext db, Guid planId, Guid snapshotId, CancellationToken ct) =>
        db.PlanSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == snapshotId && s.PlanId == planId, ct);
}
