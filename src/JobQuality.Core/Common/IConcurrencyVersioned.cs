namespace JobQuality.Core.Common;

/// <summary>
/// A record that several people edit. <see cref="Version"/> is PostgreSQL's <c>xmin</c>:
/// a save made from a stale copy fails instead of overwriting someone else's change.
/// </summary>
public interface IConcurrencyVersioned
{
    uint Version { get; set; }
}
