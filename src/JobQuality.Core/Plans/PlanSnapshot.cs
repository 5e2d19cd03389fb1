namespace JobQuality.Core.Plans;

/// <summary>
/// A named copy of a plan's whole content at one moment ("as presented to the board on 2026-12-01"). Never changed after it
/// is taken; restoring from it writes the content back as new changes.
/// </summary>
public sealed class PlanSnapshot
{
    public const int NameMaxLength = 120;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset TakenAt { get; set; }
    public string? TakenBy { get; set; }

    /// <summary>The plan's content as JSON (see <c>PlanContent</c> in the web project).</summary>
    public string Content { get; set; } = "{}";
}
