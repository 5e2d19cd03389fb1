using JobQuality.Core.Common;

namespace JobQuality.Core.LivingWages;

/// <summary>
/// A living wage table an organization imported (SCORING.md section 2): where it came from, which year's
/// figures it holds, and its rates. A standards version refers to one by <see cref="Id"/>. Who imported it
/// and when are the audit columns (<see cref="AuditableEntity.CreatedBy"/>, <see cref="AuditableEntity.CreatedAt"/>).
/// Stored tables are never edited: a corrected file is imported as a new table.
/// </summary>
public sealed class StoredLivingWageTable : AuditableEntity
{
    public const int SourceNameMaxLength = 200;
    public const int FileNameMaxLength = 260;
    public const int MinVintageYear = 1990;
    public const int MaxVintageYear = 2100;

    /// <summary>The largest file the page and the API accept: a full national table (about 36,000 rows) is under 1 MB.</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }

    /// <summary>Who published the figures, e.g. "MIT Living Wage Calculator".</summary>
    public string SourceName { get; set; } = "";

    /// <summary>The year the figures describe.</summary>
    public int VintageYear { get; set; }

    /// <summary>The name of the imported file, as the person who imported it had it.</summary>
    public string FileName { get; set; } = "";

    /// <summary>How many rates the table holds (one per county and household type).</summary>
    public int RowCount { get; set; }

    /// <summary>
    /// Tables newest first: the latest figures (vintage year), then the latest import. The first is the table standards
    /// score with when they chose none; the list of tables shows them in this order.
    /// </summary>
    public static IOrderedQueryable<StoredLivingWageTable> NewestFirst(IQueryable<StoredLivingWageTable> tables) =>
        tables.OrderByDescending(t => t.VintageYear).ThenByDescending(t => t.CreatedAt);

    /// <summary>Why a source name cannot be used, or null when it can.</summary>
    public static string? SourceNameProblem(string? sourceName) =>
        string.IsNullOrWhiteSpace(sourceName) ? "Name the source of the figures, for example \"MIT Living Wage Calculator\"."
        : sourceName.Trim().Length > SourceNameMaxLength ? $"Keep the source name to {SourceNameMaxLength} characters or fewer."
        : null;

    /// <summary>Why a vintage year cannot be used, or null when it can.</summary>
    public static string? VintageYearProblem(int vintageYear) =>
        vintageYear is < MinVintageYear or > MaxVintageYear
            ? $"The year of the figures must be between {MinVintageYear} and {MaxVintageYear}."
            : null;

    /// <summary>The file name kept with the table: the last part of the path, shortened to fit.</summary>
    public static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length == 0) return "living-wage.csv";
        return name.Length <= FileNameMaxLength ? name : name[..FileNameMaxLength];
    }
}

/// <summary>One hourly living wage of a stored table, for one county and household type.</summary>
public sealed class StoredLivingWageRate
{
    public const int CountyFipsLength = 5;
    public const int HouseholdTypeMaxLength = 8;

    public Guid TableId { get; set; }
    public string CountyFips { get; set; } = "";
    public string HouseholdType { get; set; } = "";
    public decimal HourlyWage { get; set; }
}
