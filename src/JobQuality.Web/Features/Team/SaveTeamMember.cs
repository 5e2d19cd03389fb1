using FluentValidation;
using JobQuality.Core.Team;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Team;

/// <summary>
/// Saves a whole member from the version the user started with. Fields come as text, named as in
/// <see cref="TeamMemberFields"/> (the backup as a member id, empty for none). If someone else saved the member in
/// between, nothing is written and their version comes back as a conflict.
/// </summary>
public static class SaveTeamMember
{
    public sealed record Command(
        Guid PlanId, Guid MemberId, uint Version,
        string Name, string Organization, string Contact, string Role,
        string OrganizationalType, string Persona, string DecisionLevel, string BackupMemberId) : ITeamMemberText;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.AddTeamMemberTextRules();
            RuleFor(c => c.OrganizationalType).Must(t => TeamText.TryParse<OrganizationalType>(t, out _))
                .WithMessage("Choose one of the five kinds of organization.");
            RuleFor(c => c.Persona).Must(p => TeamText.TryParse<Persona>(p, out _))
                .WithMessage("Choose one of the four personas.");
            RuleFor(c => c.DecisionLevel).Must(l => TeamText.TryParse<DecisionLevel>(l, out _))
                .WithMessage("Choose one of the three decision-making levels.");
            RuleFor(c => c.BackupMemberId).Must(b => b.Length == 0 || Guid.TryParse(b, out _))
                .WithMessage("Choose the backup from the team.");
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<TeamMemberView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<TeamMemberView>.NotFound();
            var member = await db.TeamMembers.FirstOrDefaultAsync(m => m.Id == command.MemberId && m.PlanId == command.PlanId, ct);
            if (member is null) return Outcome<TeamMemberView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<TeamMemberView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<TeamMemberView>.Invalid(validation);
            if (member.Version != command.Version) return Outcome<TeamMemberView>.Conflict(TeamMemberView.From(member));

            Guid? backup = command.BackupMemberId.Length == 0 ? null : Guid.Parse(command.BackupMemberId);
            if (backup is { } backupId
                && (backupId == member.Id || !await db.TeamMembers.AnyAsync(m => m.Id == backupId && m.PlanId == command.PlanId, ct)))
            {
                return Outcome<TeamMemberView>.Invalid(TeamMemberFields.BackupMemberId, "The backup must be someone else on this team.");
            }

            db.Entry(member).Property(m => m.Version).OriginalValue = command.Version;
            member.Name = command.Name.Trim();
            member.Organization = command.Organization.Trim();
            member.Contact = string.IsNullOrWhiteSpace(command.Contact) ? null : command.Contact.Trim();
            member.Role = command.Role.Trim();
            member.OrganizationalType = Core.Common.EnumNames.Parse<OrganizationalType>(command.OrganizationalType)!.Value;
            member.Persona = Core.Common.EnumNames.Parse<Persona>(command.Persona)!.Value;
            member.DecisionLevel = Core.Common.EnumNames.Parse<DecisionLevel>(command.DecisionLevel)!.Value;
            member.BackupMemberId = backup;
            // Someone saved (or removed the member, or the chosen backup) between our read and our write: show what is there now.
            return await dbFactory.SaveOrConflictAsync(db, member, m => m.Id == command.MemberId, TeamMemberView.From, ct);
        }
    }
}
