namespace JobQuality.Core.Common;

/// <summary>
/// Who created and last changed a record, and when. Set by the data layer on save,
/// never by hand, so the history a board relies on cannot be forged by a form.
/// </summary>
public abstract class AuditableEntity
{
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
