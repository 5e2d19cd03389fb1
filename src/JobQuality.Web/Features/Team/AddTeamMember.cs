using FluentValidation;
using JobQuality.Core.Team;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Team;

/// <summary>Adds a person to a plan's coalition team.</summary>
public static class AddTeamMember
{
    /// <summary>Settable, so the "Add a member" form binds to it and validates with the same rules as the handler.</summary>
    public sealed class Command : ITeamMemberText
    {
        public Guid PlanId { get; set; }
        public string Name { get; set; } = "";
        public string Organization { get; set; } = "";
        public string? Contact { get; set; }
        public OrganizationalType? OrganizationalType { get; set; }
        public Persona? Persona { get; set; }
        public DecisionLevel? DecisionLevel { get; set; }
        public string Role { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.AddTeamMemberTextRules();
            RuleFor(c => c.OrganizationalType).NotNull().WithMessage("Choose the kind of organization.")
                .IsInEnum().WithMessage("Choose one of the five kinds of organization.");
            RuleFor(c => c.Persona).NotNull().WithMessage("Choose the persona that fits them best.")
                .IsInEnum().WithMessage("Choose one of the four personas.");
            RuleFor(c => c.DecisionLevel).NotNull().WithMessage("Choose how close they are to decisions.")
                .IsInEnum().WithMessage("Choose one of the three decision-making levels.");
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<TeamMemberView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<TeamMemberView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<TeamMemberView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<TeamMemberView>.Invalid(validation);

            var member = new TeamMember
            {
                PlanId = command.PlanId,
                Name = command.Name.Trim(),
                Organization = command.Organization.Trim(),
                Contact = string.IsNullOrWhiteSpace(command.Contact) ? null : command.Contact.Trim(),
                OrganizationalType = command.OrganizationalType!.Value,
                Persona = command.Persona!.Value,
                DecisionLevel = command.DecisionLevel!.Value,
                Role = command.Role.Trim(),
            };
            db.TeamMembers.Add(member);
            await db.SaveChangesAsync(ct);
            return Outcome<TeamMemberView>.Ok(TeamMemberView.From(member));
        }
    }
}
