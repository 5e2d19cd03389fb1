using JobQuality.Core.Common;

namespace JobQuality.Core.Scoring.Standards;

/// <summary>Where a version of a board's standards stands: being written, the one in force, or replaced.</summary>
public enum StandardsStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>
/// One numbered version of an organization's job quality standards, holding the SCORING.md JSON as written. A draft
/// may be edited (and may be invalid while it is written); a published version is never changed again: to change the
/// standards, copy it to a new draft. At most one version of an organization is published at a time.
/// </summary>
public sealed class StandardsVersion : AuditableEntity, IConcurrencyVersioned
{
    public const int NameMaxLength = 200;

    /// <summary>Large enough for eight principles with long value lists; a guard against pasting a whole data file.</summary>
    public const int DocumentMaxLength = 100_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }

    /// <summary>1, 2, 3… within the organization, in the order the versions were created.</summary>
    public int Number { get; set; }

    /// <summary>The "name" of the JSON (kept in a column to list versions without reading their documents).</summary>
    public string Name { get; set; } = "";

    public StandardsStatus Status { get; set; } = StandardsStatus.Draft;

    /// <summary>The standards in the JSON format of SCORING.md section 3.</summary>
    public string Document { get; set; } = "";

    /// <summary>The living wage table this version scores with; null means the organization's newest table.</summary>
    public Guid? LivingWageTableId { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }

    public uint Version { get; set; }

    public bool IsDraft => Status == StandardsStatus.Draft;

    /// <summary>Makes this draft the standards in force; the caller retires the previously published version first.</summary>
    public void Publish(string? by, DateTimeOffset at)
    {
        if (!IsDraft) throw new InvalidOperationException($"Standards version {Number} is {Status}; only a draft can be published.");
        Status = StandardsStatus.Published;
        PublishedAt = at;
        PublishedBy = by;
    }

    /// <summary>Takes a published version out of force when a newer one is published.</summary>
    public void Retire()
    {
        if (Status != StandardsStatus.Published) throw new InvalidOperationException($"Standards version {Number} is {Status}; only the published version can be retired.");
        Status = StandardsStatus.Retired;
    }

    /// <summary>The name to list a version under: the document's "name", or a placeholder while it has none.</summary>
    public static string NameFrom(string document)
    {
        var name = StandardsText.NameOf(document)?.Trim();
        if (string.IsNullOrEmpty(name)) return "Untitled standards";
        return name.Length <= NameMaxLength ? name : name[..NameMaxLength];
    }
}
