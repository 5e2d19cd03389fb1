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

    /// <summary>
    /// The smallest group whose counts the baseline shows (SCORING.md suppression). Boards may raise it; it never goes
    /// below <see cref="SmallestMinCellSize"/>, because smaller cells can point at a person.
    /// </summary>
    public int MinCellSize { get; set; } = DefaultMinCellSize;

    public const int DefaultMinCellSize = Scoring.Summary.SummaryBuilder.DefaultMinCell;
    public const int SmallestMinCellSize = 5;
    public const int LargestMinCellSize = 1000;

    /// <summary>Why a minimum cell size cannot be used, or null when it can.</summary>
    public static string? MinCellSizeProblem(int size) =>
        size is < SmallestMinCellSize or > LargestMinCellSize
            ? $"The smallest group to show must be between {SmallestMinCellSize} and {LargestMinCellSize} placements."
            : null;

    public uint Version { get; set; }

    public List<OrganizationMembership> Memberships { get; set; } = [];

    public static bool IsValidSlug(string slug) => slug.Length <= SlugMaxLength && SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
