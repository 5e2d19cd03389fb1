using System.CommandLine;
using JobQuality.Cli.Admin;
using JobQuality.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Cli.Commands;

/// <summary><c>jobquality orgs add</c>: creates an organization (a workforce board).</summary>
internal static class OrgsCommand
{
    public static Command Create()
    {
        var slug = new Option<string>("--slug") { Description = "Short lower-case handle, e.g. metro-wdb.", Required = true };
        var name = new Option<string>("--name") { Description = "The board's full name.", Required = true };
        var add = new Command("add", "Create an organization.") { slug, name };
        add.SetAdminAction(async (parse, _, db, ct) =>
        {
            var slugValue = parse.GetValue(slug)!.Trim();
            var nameValue = parse.GetValue(name)!.Trim();
            if (!Organization.IsValidSlug(slugValue))
            {
                throw new CliException($"--slug '{slugValue}' must be lower-case letters and digits separated by single hyphens, at most {Organization.SlugMaxLength} characters.");
            }
            if (nameValue.Length is 0 or > Organization.NameMaxLength)
            {
                throw new CliException($"--name must be between 1 and {Organization.NameMaxLength} characters.");
            }
            if (await db.Organizations.AnyAsync(o => o.Slug == slugValue, ct))
            {
                throw new CliException($"An organization with slug '{slugValue}' already exists.");
            }
            db.Organizations.Add(new Organization { Slug = slugValue, Name = nameValue });
            await db.SaveChangesAsync(ct);
            Console.WriteLine($"Created organization '{nameValue}' ({slugValue}).");
        });
        return new Command("orgs", "Manage organizations.") { add };
    }
}
