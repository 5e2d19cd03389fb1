using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Challenges;
using JobQuality.Core.Pitch;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.History;

/// <summary>
/// Puts the plan back the way a snapshot has it. In one transaction it first keeps the plan as it is now in an automatic
/// snapshot ("Before restoring “X”"), then writes the snapshot's content back as ordinary changes: records that differ are
/// updated, records removed since are added back, records added since are deleted. Every one of those writes is a new
/// entry in the history; nothing already recorded is changed. This is an explicit overwrite: changes saved by others
/// after the user compared are overwritten too, and the automatic snapshot keeps them.
/// </summary>
public static class RestoreSnapshot
{
    public sealed record Result(Guid BackupSnapshotId, string BackupSnapshotName);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Guid planId, Guid snapshotId, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, planId, ct);
            if (found is null) return Outcome<Result>.NotFound();
            if (await Snapshots.FindAsync(db, planId, snapshotId, ct) is not { } snapshot) return Outcome<Result>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<Result>.NotAllowed();

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var backupName = await BackupNameAsync(db, planId, snapshot.Name, ct);
            var backup = await TakeSnapshot.AddAsync(db, planId, backupName, access.UserId, clock.GetUtcNow(), ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await ContentWriter.WriteAsync(db, planId, PlanContent.FromJson(snapshot.Content), ct);
            }
            catch (Exception ex) when (ex is DbUpdateConcurrencyException || TakeSnapshot.IsNameTaken(ex))
            {
                // Someone saved, or restored the same snapshot (its backup name is taken), a moment ago.
                return Outcome<Result>.Invalid("Restore",
                    "Someone changed this plan while it was being restored, so nothing was restored. Try again.");
            }
            await transaction.CommitAsync(ct);
            return Outcome<Result>.Ok(new Result(backup.Id, backup.Name));
        }
    }

    /// <summary>"Before restoring “X”", made unique with a number if the same snapshot was restored before.</summary>
    private static async Task<string> BackupNameAsync(AppDbContext db, Guid planId, string restoredName, CancellationToken ct)
    {
        const int max = Core.Plans.PlanSnapshot.NameMaxLength;
        var quoted = restoredName.Length > max - 40 ? restoredName[..(max - 41)] + "…" : restoredName;
        var name = $"Before restoring “{quoted}”";
        for (var n = 2; await TakeSnapshot.NameTakenAsync(db, planId, name, ct); n++)
        {
            name = $"Before restoring “{quoted}” ({n})";
        }
        return name;
    }
}

/// <summary>Writes a <see cref="PlanContent"/> over a plan's records through the change tracker, so history records each change.</summary>
internal static class ContentWriter
{
    public static async Task WriteAsync(AppDbContext db, Guid planId, PlanContent content, CancellationToken ct)
    {
        var plan = await db.Plans.SingleAsync(p => p.Id == planId, ct);
        plan.Name = content.Plan.Name;
        plan.TeamName = content.Plan.TeamName;
        plan.Region = content.Plan.Region;
        plan.Focus = content.Plan.Focus;

        var proposition = await db.ValuePropositions.FirstOrDefaultAsync(v => v.PlanId == planId, ct);
        if (content.ValueProposition is { } vp)
        {
            if (proposition is null)
            {
                proposition = new Core.Workbook.ValueProposition { PlanId = planId };
                db.ValuePropositions.Add(proposition);
            }
            proposition.TargetCustomers = vp.TargetCustomers;
            proposition.PainPoints = vp.PainPoints;
            proposition.Aspirations = vp.Aspirations;
            proposition.Strategies = vp.Strategies;
            if (!proposition.Levers.SequenceEqual(vp.Levers)) proposition.Levers = vp.Levers.ToList();
        }
        else if (proposition is not null)
        {
            db.ValuePropositions.Remove(proposition);
        }

        var answers = await db.WorkbookAnswers.Where(a => a.PlanId == planId).ToListAsync(ct);
        var wantedAnswers = content.Answers.ToDictionary(a => (a.ToolKey, a.FieldKey));
        db.WorkbookAnswers.RemoveRange(answers.Where(a => !wantedAnswers.ContainsKey((a.ToolKey, a.FieldKey))));
        foreach (var wanted in content.Answers)
        {
            var answer = answers.FirstOrDefault(a => a.ToolKey == wanted.ToolKey && a.FieldKey == wanted.FieldKey);
            if (answer is null)
            {
                answer = new WorkbookAnswer { PlanId = planId, ToolKey = wanted.ToolKey, FieldKey = wanted.FieldKey };
                db.WorkbookAnswers.Add(answer);
            }
            answer.Text = wanted.Text;
        }

        var items = await db.CanvasItems.Where(i => i.PlanId == planId).ToListAsync(ct);
        var wantedItems = content.CanvasItems.ToDictionary(i => i.Id);
        db.CanvasItems.RemoveRange(items.Where(i => !wantedItems.ContainsKey(i.Id)));
        foreach (var wanted in content.CanvasItems)
        {
            var item = items.FirstOrDefault(i => i.Id == wanted.Id);
            if (item is null)
            {
                item = new CanvasItem { Id = wanted.Id, PlanId = planId };
                db.CanvasItems.Add(item);
            }
            item.Square = wanted.Square;
            item.Text = wanted.Text;
            item.Position = wanted.Position;
        }

        await WriteWorksheetsAsync(db, planId, content, ct);

        // Team members: members removed since go first (their backups' links are cleared with them). A member added back
        // whose backup is also added back gets the link in a second save, so mutual backups (A covers B, B covers A) work.
        var members = await db.TeamMembers.Where(m => m.PlanId == planId).ToListAsync(ct);
        var wantedMembers = content.TeamMembers.ToDictionary(m => m.Id);
        db.TeamMembers.RemoveRange(members.Where(m => !wantedMembers.ContainsKey(m.Id)));
        var existingIds = members.Select(m => m.Id).Where(wantedMembers.ContainsKey).ToHashSet();
        var linkLater = new List<(TeamMember Member, Guid Backup)>();
        foreach (var wanted in content.TeamMembers)
        {
            var member = members.FirstOrDefault(m => m.Id == wanted.Id);
            if (member is null)
            {
                member = new TeamMember { Id = wanted.Id, PlanId = planId };
                db.TeamMembers.Add(member);
            }
            member.Name = wanted.Name;
            member.Organization = wanted.Organization;
            member.Contact = wanted.Contact;
            member.OrganizationalType = wanted.OrganizationalType;
            member.Persona = wanted.Persona;
            member.DecisionLevel = wanted.DecisionLevel;
            member.Role = wanted.Role;
            var backup = wanted.BackupMemberId is { } id && wantedMembers.ContainsKey(id) ? id : (Guid?)null;
            if (backup is { } later && !existingIds.Contains(later) && later != member.Id)
            {
                member.BackupMemberId = null;
                linkLater.Add((member, later));
            }
            else
            {
                member.BackupMemberId = backup;
            }
        }
        if (content.ActionPlan is { } actionPlan)
        {
            await WriteActionPlanAsync(db, planId, actionPlan, wantedItems.Keys.ToHashSet(), wantedMembers.Keys.ToHashSet(),
                content.Steps.Select(s => s.Id).ToHashSet(), content.SuccessIndicators.Select(i => i.Id).ToHashSet(), ct);
        }
        await WritePitchesAndChallengesAsync(db, planId, content, ct);
        await db.SaveChangesAsync(ct);
        if (linkLater.Count > 0)
        {
            foreach (var (member, backup) in linkLater) member.BackupMemberId = backup;
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Strategies, steps, RACI letters and waits as the snapshot has them. Letters and waits are matched by what they link
    /// (step and member, step and step), so a record that is already there is kept rather than deleted and added again. Links
    /// to canvas items, members, Ad-Lib #2 first steps or worksheet indicators the snapshot does not have are dropped.
    /// </summary>
    private static async Task WriteActionPlanAsync(
        AppDbContext db, Guid planId, PlanContent.ActionPlanContent content, IReadOnlySet<Guid> canvasItems, IReadOnlySet<Guid> members,
        IReadOnlySet<Guid> firstSteps, IReadOnlySet<Guid> indicators, CancellationToken ct)
    {
        var wantedStrategies = content.Strategies.ToDictionary(s => s.Id);
        var wantedSteps = content.Steps.Where(s => wantedStrategies.ContainsKey(s.StrategyId)).ToDictionary(s => s.Id);
        var wantedRaci = content.Raci.Where(r => wantedSteps.ContainsKey(r.StepId) && members.Contains(r.MemberId))
            .ToDictionary(r => (r.StepId, r.MemberId));
        var wantedWaits = content.Waits.Where(w => wantedSteps.ContainsKey(w.StepId) && wantedSteps.ContainsKey(w.DependsOnStepId))
            .Select(w => (w.StepId, w.DependsOnStepId)).ToHashSet();

        var cells = await db.RaciCells.Where(c => c.PlanId == planId).ToListAsync(ct);
        db.RaciCells.RemoveRange(cells.Where(c => !wantedRaci.ContainsKey((c.StepId, c.MemberId))));
        var waits = await db.StepWaits.Where(w => w.PlanId == planId).ToListAsync(ct);
        db.StepWaits.RemoveRange(waits.Where(w => !wantedWaits.Contains((w.StepId, w.DependsOnStepId))));
        await WriteRowsAsync(db.Strategies, planId, wantedStrategies.Values.ToList(), s => s.Id, id => new Strategy { Id = id, PlanId = planId }, (row, wanted) =>
        {
            row.Name = wanted.Name;
            row.Goal = wanted.Goal;
            row.CanvasItemId = wanted.CanvasItemId is { } item && canvasItems.Contains(item) ? item : null;
            row.Position = wanted.Position;
        }, ct);
        await WriteRowsAsync(db.ActionSteps, planId, wantedSteps.Values.ToList(), s => s.Id, id => new ActionStep { Id = id, PlanId = planId }, (row, wanted) =>
        {
            row.StrategyId = wanted.StrategyId;
            row.Position = wanted.Position;
            row.Description = wanted.Description;
            row.ResponsibleParties = wanted.ResponsibleParties;
            row.InternalResources = wanted.InternalResources;
            row.ExternalResources = wanted.ExternalResources;
            row.Milestones = wanted.Milestones;
            row.TargetDate = wanted.TargetDate;
            row.Notes = wanted.Notes;
            row.Status = wanted.Status;
            row.FirstStepId = wanted.FirstStepId is { } first && firstSteps.Contains(first) ? first : null;
            row.IndicatorId = wanted.IndicatorId is { } indicator && indicators.Contains(indicator) ? indicator : null;
        }, ct);
        foreach (var wanted in wantedRaci.Values)
        {
            var cell = cells.FirstOrDefault(c => c.StepId == wanted.StepId && c.MemberId == wanted.MemberId);
            if (cell is null) db.RaciCells.Add(new RaciCell { PlanId = planId, StepId = wanted.StepId, MemberId = wanted.MemberId, Role = wanted.Role });
            else cell.Role = wanted.Role;
        }
        foreach (var (stepId, dependsOn) in wantedWaits.Where(w => !waits.Any(x => x.StepId == w.StepId && x.DependsOnStepId == w.DependsOnStepId)))
        {
            db.StepWaits.Add(new StepWait { PlanId = planId, StepId = stepId, DependsOnStepId = dependsOn });
        }
    }

    /// <summary>Worksheet rows, key differences with their indicators, and first steps: removed, added back or updated.</summary>
    private static async Task WriteWorksheetsAsync(AppDbContext db, Guid planId, PlanContent content, CancellationToken ct)
    {
        await WriteRowsAsync(db.DataNeeds, planId, content.Needs, n => n.Id, id => new DataNeed { Id = id, PlanId = planId }, (row, wanted) =>
        {
            row.Purpose = wanted.Purpose;
            row.DataType = wanted.DataType;
            row.Availability = wanted.Availability;
            row.Holder = wanted.Holder;
            row.Location = wanted.Location;
            row.Position = wanted.Position;
        }, ct);
        var differenceIds = content.Differences.Select(d => d.Id).ToHashSet();
        await WriteRowsAsync(db.KeyDifferences, planId, content.Differences, d => d.Id, id => new KeyDifference { Id = id, PlanId = planId }, (row, wanted) =>
        {
            row.Difference = wanted.Text;
            row.Evidence = wanted.Evidence;
            row.Position = wanted.Position;
        }, ct);
        await WriteRowsAsync(db.SuccessIndicators, planId, content.SuccessIndicators.Where(i => differenceIds.Contains(i.DifferenceId)).ToList(), i => i.Id,
            id => new SuccessIndicator { Id = id, PlanId = planId }, (row, wanted) =>
            {
                row.KeyDifferenceId = wanted.DifferenceId;
                row.Kind = wanted.Kind;
                row.Text = wanted.Text;
                row.Position = wanted.Position;
            }, ct);
        await WriteRowsAsync(db.FirstSteps, planId, content.Steps, s => s.Id, id => new FirstStep { Id = id, PlanId = planId }, (row, wanted) =>
        {
            row.Text = wanted.Text;
            row.Position = wanted.Position;
        }, ct);
    }

    /// <summary>
    /// Pitch sessions with their feedback, and the challenges register. Links to records outside these lists are kept only
    /// where the record is there after the restore: feedback applied to a canvas item the content does not hold, a session
    /// that pitched a snapshot since deleted, and a challenge owned by someone not on the restored team get the link
    /// cleared instead of failing the restore (the same as when that item, snapshot or member is deleted).
    /// </summary>
    private static async Task WritePitchesAndChallengesAsync(AppDbContext db, Guid planId, PlanContent content, CancellationToken ct)
    {
        var snapshotIds = content.Pitches.Select(p => p.SnapshotId).OfType<Guid>().ToList();
        var snapshots = (await db.PlanSnapshots.Where(s => s.PlanId == planId && snapshotIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        await WriteRowsAsync(db.PitchSessions, planId, content.Pitches, p => p.Id, id => new PitchSession { Id = id, PlanId = planId }, (row, wanted) =>
        {
            row.Audience = wanted.Audience;
            row.HeldOn = wanted.HeldOn;
            row.SnapshotId = wanted.SnapshotId is { } id && snapshots.Contains(id) ? id : null;
        }, ct);
        var sessionIds = content.Pitches.Select(p => p.Id).ToHashSet();
        var itemIds = content.CanvasItems.Select(i => i.Id).ToHashSet();
        await WriteRowsAsync(db.PitchFeedback, planId, content.Feedbacks.Where(f => sessionIds.Contains(f.SessionId)).ToList(), f => f.Id,
            id => new PitchFeedback { Id = id, PlanId = planId }, (row, wanted) =>
            {
                row.SessionId = wanted.SessionId;
                row.Dimension = wanted.Dimension;
                row.Text = wanted.Text;
                row.AppliedItemId = wanted.AppliedItemId is { } id && itemIds.Contains(id) ? id : null;
            }, ct);
        var memberIds = content.TeamMembers.Select(m => m.Id).ToHashSet();
        await WriteRowsAsync(db.Challenges, planId, content.Register, c => c.Id, id => new Challenge { Id = id, PlanId = planId }, (row, wanted) =>
        {
            row.Title = wanted.Title;
            row.Response = wanted.Response;
            row.Notes = wanted.Notes;
            row.Status = wanted.Status;
            row.OwnerMemberId = wanted.OwnerMemberId is { } id && memberIds.Contains(id) ? id : null;
            row.LibraryKey = wanted.LibraryKey;
        }, ct);
    }

    private static async Task WriteRowsAsync<TRow, TWanted>(
        DbSet<TRow> set, Guid planId, IReadOnlyList<TWanted> wanted, Func<TWanted, Guid> idOf, Func<Guid, TRow> create, Action<TRow, TWanted> apply,
        CancellationToken ct)
        where TRow : class, Core.Common.IPlanRow
    {
        var rows = await set.Where(r => r.PlanId == planId).ToListAsync(ct);
        var wantedById = wanted.ToDictionary(idOf);
        set.RemoveRange(rows.Where(r => !wantedById.ContainsKey(r.Id)));
        foreach (var (id, value) in wantedById)
        {
            var row = rows.FirstOrDefault(r => r.Id == id);
            if (row is null)
            {
                row = create(id);
                set.Add(row);
            }
            apply(row, value);
        }
    }
}
