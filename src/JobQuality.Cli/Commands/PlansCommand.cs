using System.CommandLine;
using JobQuality.Cli.Admin;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Cli.Commands;

/// <summary><c>jobquality plans add-member</c>: gives a coalition partner access to one plan.</summary>
internal static class PlansCommand
{
    public static Command Create()
    {
        var plan = new Option<Guid>("--plan") { Description = "The plan's id (the last part of its address in the app).", Required = true };
        var email = new Option<string>("--email") { Description = "The partner's email address.", Required = true };
        var addMember = new Command("add-member", "Let a coalition partner of the plan's organization see and comment on a plan.") { plan, email };
        addMember.SetAdminAction(async (parse, _, db, ct) =>
        {
            var planId = parse.GetValue(plan);
            var emailValue = parse.GetValue(email)!.Trim();
            var target = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new CliException($"No plan has the id {planId}.");
            var normalizedEmail = emailValue.ToUpperInvariant();
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, ct)
                ?? throw new CliException($"No account uses {emailValue}. Create it with: jobquality users add --role Partner ...");
            var role = await db.OrganizationMemberships
                .Where(m => m.OrganizationId == target.OrganizationId && m.UserId == user.Id)
                .Select(m => (OrganizationRole?)m.Role)
                .FirstOrDefaultAsync(ct);
            if (PlanMembershipRules.WhyCannotAdd(role) is { } reason) throw new CliException(reason);
            if (await db.PlanMembers.AnyAsync(m => m.PlanId == planId && m.UserId == user.Id, ct))
            {
                Console.WriteLine($"{emailValue} can already see '{target.Name}'.");
                return;
            }
            db.PlanMembers.Add(new PlanMember { PlanId = planId, UserId = user.Id });
            await db.SaveChangesAsync(ct);
            Console.WriteLine($"{emailValue} can now see '{target.Name}'.");
        });
        return new Command("plans", "Manage plans.") { addMember };
    }
}
