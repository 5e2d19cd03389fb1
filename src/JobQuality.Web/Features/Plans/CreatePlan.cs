using FluentValidation;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Plans;

/// <summary>Starts a new plan in an organization. Staff, directors and administrators may; partners may not.</summary>
public static class CreatePlan
{
    public sealed record Command(string OrganizationSlug, string Name, string TeamName, string Region, string Focus) : IPlanDetails;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.AddPlanDetailsRules();
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, ILogger<Handler> logger)
    {
        public async Task<Outcome<PlanSummary>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organization = await access.FindOrganizationAsync(db, command.OrganizationSlug, ct);
            if (organization is null) return Outcome<PlanSummary>.NotFound();
            if (!organization.Role.CanEditPlans()) return Outcome<PlanSummary>.NotAllowed();

            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<PlanSummary>.Invalid(validation);

            var plan = new Plan
            {
                OrganizationId = organization.OrganizationId,
                Name = command.Name.Trim(),
                TeamName = command.TeamName.Trim(),
                Region = command.Region.Trim(),
                Focus = command.Focus.Trim(),
            };
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserId} created plan {PlanId} in organization {OrganizationSlug}", access.UserId, plan.Id, organization.Slug);
            return Outcome<PlanSummary>.Ok(await PlanSummary.LoadAsync(db, plan, organization.Slug, ct));
        }
    }
}
