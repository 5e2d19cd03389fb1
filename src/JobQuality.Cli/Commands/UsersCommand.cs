using System.CommandLine;
using JobQuality.Cli.Admin;
using JobQuality.Core.Organizations;
using JobQuality.Data;
using JobQuality.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobQuality.Cli.Commands;

/// <summary><c>jobquality users add|disable|enable</c>: accounts and their role in an organization.</summary>
internal static class UsersCommand
{
    public static Command Create() => new("users", "Manage user accounts.") { CreateAdd(), CreateSetDisabled("disable", true), CreateSetDisabled("enable", false) };

    private static Command CreateAdd()
    {
        var email = new Option<string>("--email") { Description = "The address the person signs in with.", Required = true };
        var name = new Option<string>("--name") { Description = "The name shown to others.", Required = true };
        var org = new Option<string>("--org") { Description = "Slug of the organization to add them to.", Required = true };
        var role = new Option<OrganizationRole>("--role") { Description = "Admin, Director, Staff or Partner.", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of prompting." };
        var add = new Command("add", "Create an account (or add an existing one) with a role in an organization.") { email, name, org, role, passwordStdin };
        add.SetAdminAction(async (parse, services, db, ct) =>
        {
            var emailValue = parse.GetValue(email)!.Trim();
            var organization = await FindOrganizationAsync(db, parse.GetValue(org)!, ct);
            var users = services.GetRequiredService<UserManager<AppUser>>();

            var user = await users.FindByEmailAsync(emailValue);
            if (user is null)
            {
                user = new AppUser { UserName = emailValue, Email = emailValue, EmailConfirmed = true, DisplayName = parse.GetValue(name)!.Trim() };
                var created = await users.CreateAsync(user, PasswordInput.Read(parse.GetValue(passwordStdin)));
                if (!created.Succeeded)
                {
                    throw new CliException(string.Join(Environment.NewLine + "error: ", created.Errors.Select(e => e.Description)));
                }
                Console.WriteLine($"Created account {emailValue}.");
            }
            if (await db.OrganizationMemberships.AnyAsync(m => m.OrganizationId == organization.Id && m.UserId == user.Id, ct))
            {
                throw new CliException($"{emailValue} is already part of {organization.Slug}.");
            }
            var roleValue = parse.GetValue(role);
            db.OrganizationMemberships.Add(new OrganizationMembership { OrganizationId = organization.Id, UserId = user.Id, Role = roleValue });
            await db.SaveChangesAsync(ct);
            Console.WriteLine($"{emailValue} is now {roleValue.DisplayName()} in {organization.Name}.");
        });
        return add;
    }

    private static Command CreateSetDisabled(string verb, bool disabled)
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var command = new Command(verb, disabled
            ? "Disable an account: it can no longer sign in, and its open sessions end within a minute."
            : "Let a disabled account sign in again.") { email };
        command.SetAdminAction(async (parse, services, _, _) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var emailValue = parse.GetValue(email)!.Trim();
            var user = await users.FindByEmailAsync(emailValue) ?? throw new CliException($"No account uses {emailValue}.");
            await AccountStatus.SetDisabledAsync(users, user, disabled);
            Console.WriteLine(disabled ? $"Disabled {emailValue}." : $"Enabled {emailValue}.");
        });
        return command;
    }

    internal static async Task<Organization> FindOrganizationAsync(AppDbContext db, string slug, CancellationToken ct) =>
        await db.Organizations.FirstOrDefaultAsync(o => o.Slug == slug.Trim(), ct)
        ?? throw new CliException($"No organization has the slug '{slug}'. Create it with: jobquality orgs add --slug {slug} --name \"...\"");
}
