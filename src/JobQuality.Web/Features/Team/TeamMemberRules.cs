using FluentValidation;
using JobQuality.Core.Team;

namespace JobQuality.Web.Features.Team;

/// <summary>The typed-in details of a member, checked the same way when a member is added and when edited.</summary>
public interface ITeamMemberText
{
    string Name { get; }
    string Organization { get; }
    string? Contact { get; }
    string Role { get; }
}

public static class TeamMemberRules
{
    public static void AddTeamMemberTextRules<T>(this AbstractValidator<T> validator) where T : ITeamMemberText
    {
        validator.RuleFor(c => c.Name).NotEmpty().WithMessage("Give the person's name.")
            .MaximumLength(TeamMember.NameMaxLength).WithMessage($"Keep the name to {TeamMember.NameMaxLength} characters or fewer.");
        validator.RuleFor(c => c.Organization).NotEmpty().WithMessage("Say which organization they come from.")
            .MaximumLength(TeamMember.OrganizationMaxLength).WithMessage($"Keep the organization to {TeamMember.OrganizationMaxLength} characters or fewer.");
        validator.RuleFor(c => c.Contact).MaximumLength(TeamMember.ContactMaxLength)
            .WithMessage($"Keep the contact details to {TeamMember.ContactMaxLength} characters or fewer.");
        validator.RuleFor(c => c.Role).NotEmpty().WithMessage("Say what they will do for the team.")
            .MaximumLength(TeamMember.RoleMaxLength).WithMessage($"Keep the role to {TeamMember.RoleMaxLength} characters or fewer.");
    }
}
