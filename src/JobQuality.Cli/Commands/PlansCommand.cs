using System.CommandLine;
using JobQuality.Cli.Admin;
using JobQuality.Core.Organizations;
using JobQuality.Core.Plans;
using JobQuality.Web.Features.Export;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Cli.Commands;

/// <summary><c>jobquality plans add-member</c>: gives a coalition partner access to one plan. <c>jobquality plans
/// export-pdf</c>: writes a plan's report as the app's download does.</summary>
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
        return new Command("plans", "Manage plans.") { addMember, ExportPdf() };
    }

    private static Command ExportPdf()
    {
        var plan = new Option<Guid>("--plan") { Description = "The plan's id (the last part of its address in the app).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The PDF file to write, e.g. plan.pdf.", Required = true };
        var snapshot = new Option<string?>("--snapshot") { Description = "A named snapshot of the plan to export instead of the plan as it stands." };
        var paper = new Option<string?>("--paper") { Description = "letter (default) or a4." };
        var command = new Command("export-pdf", "Write a plan's report (cover, contents, every tool, action plan, RACI, baseline) as a PDF.")
        {
            plan, output, snapshot, paper,
        };
        command.SetAdminAction(async (parse, _, db, ct) =>
        {
            var planId = parse.GetValue(plan);
            var size = ExportEndpoints.PaperSize(parse.GetValue(paper)) ?? throw new CliException("--paper must be letter or a4.");
            if (!await db.Plans.AnyAsync(p => p.Id == planId, ct)) throw new CliException($"No plan has the id {planId}.");
            var snapshotName = parse.GetValue(snapshot);
            var report = await PlanReportBuilder.LoadAsync(db, planId, snapshotName, DateTimeOffset.UtcNow, ct)
                ?? throw new CliException($"The plan has no snapshot named '{snapshotName}'.");
            var file = parse.GetValue(output)!;
            if (file.Directory is { Exists: false } directory) throw new CliException($"The folder {directory.FullName} does not exist.");
            int pages;
            await using (var stream = file.Create())
            {
                pages = PlanReportPdf.WriteTo(report, stream, size);
            }
            Console.WriteLine($"Wrote {file.FullName}: {pages} pages, {report.Cover.Version}.");
        });
        return command;
    }
}
