using System.Text.RegularExpressions;
using JobQuality.Core.Common;

namespace JobQuality.Core.Organizations;

/// <summary>A workforce development board: the tenant every plan, standard and placement belongs to.</summary>
public sealed partial class Organization : AuditableEntity, IConcurrencyVersioned
{
    public const int SlugMaxLength = 40;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Short, URL-safe handle used on the command line (e.g. <c>metro-wdb</c>).</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public uint Version { get; set; }

    public List<OrganizationMembership> Memberships { get; set; } = [];

    public static bool IsValidSlug(string slug) => slug.Length <= SlugMaxLength && SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
