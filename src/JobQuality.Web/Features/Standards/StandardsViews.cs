using JobQuality.Core.Organizations;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Standards;

/// <summary>One version in the list: enough to choose it, without its document.</summary>
public sealed record StandardsVersionSummary(
    int Number, string Name, StandardsStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>
/// One version as the page and the API show it: the JSON as text, the version to save from, what is wrong with it (in
/// the very lines <c>jobquality validate</c> prints for the downloaded file), and the living wage table it scores with
/// (null: none chosen, the newest table is used).
/// </summary>
public sealed record StandardsVersionView(
    int Number, string Name, StandardsStatus Status, string Document, uint Version, DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt, string FileName, IReadOnlyList<string> Problems, Guid? LivingWageTableId = null)
{
    public static StandardsVersionView From(StandardsVersion version, string slug)
    {
        var document = StandardsText.Pretty(version.Document);
        var fileName = StandardsFiles.FileName(slug, version.Number);
        return new(version.Number, version.Name, version.Status, document, version.Version, version.UpdatedAt, version.PublishedAt,
            fileName, StandardsFiles.Problems(document, fileName), version.LivingWageTableId);
    }
}

/// <summary>How the standards of a board are named as files and checked, the same way as on the command line.</summary>
public static class StandardsFiles
{
    public static string FileName(string slug, int number) => $"{slug}-standards-{number}.json";

    /// <summary>Every problem of a standards text as <c>FILE:LINE:PATH: message</c>, as <c>jobquality validate</c> prints it.</summary>
    public static IReadOnlyList<string> Problems(string text, string fileName) =>
        StandardsJson.Read(text).Errors.Select(e => e.Format(fileName)).ToList();

    public static Outcome<T> Invalid<T>(IEnumerable<StandardsError> errors, string fileName) =>
        new(OutcomeStatus.Invalid, Errors: errors.Select(e => new FieldError(e.Path, e.Format(fileName))).ToList());
}

/// <summary>Who may do what with an organization's standards: partners never see them (they are "not found").</summary>
public static class StandardsAccess
{
    public static async Task<OrganizationAccess?> FindAsync(this AccessControl access, AppDbContext db, string slug, CancellationToken ct)
    {
        var organization = await access.FindOrganizationAsync(db, slug, ct);
        return organization is not null && organization.Role.CanEditStandards() ? organization : null;
    }
}
