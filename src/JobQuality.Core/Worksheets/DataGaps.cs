namespace JobQuality.Core.Worksheets;

/// <summary>The data held by one organization, and what the team asks of it.</summary>
public sealed record HolderGroup(string Holder, IReadOnlyList<DataNeed> Needs);

/// <summary>
/// Worksheet 1 read as a to-do list: data that does not exist yet (to create or collect), data other organizations hold
/// (grouped by holder: one conversation, or one data-sharing agreement, each), data the team has, and rows nobody has checked.
/// </summary>
public sealed record DataGaps(
    IReadOnlyList<DataNeed> Missing, IReadOnlyList<HolderGroup> Held, IReadOnlyList<DataNeed> InHand, IReadOnlyList<DataNeed> NotChecked)
{
    public const string UnnamedHolder = "An organization not named yet";

    /// <summary>Rows with no type of data typed yet are left out. Holders are grouped ignoring case and surrounding spaces.</summary>
    public static DataGaps Of(IEnumerable<DataNeed> needs)
    {
        var rows = needs.Where(n => !string.IsNullOrWhiteSpace(n.DataType)).OrderBy(n => n.Purpose).ThenBy(n => n.Position).ToList();
        var held = rows.Where(n => n.Availability == DataAvailability.HeldBy)
            .GroupBy(n => n.Holder.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new HolderGroup(g.Key.Length == 0 ? UnnamedHolder : g.First().Holder.Trim(), g.ToList()))
            .OrderBy(g => g.Holder == UnnamedHolder).ThenByDescending(g => g.Needs.Count).ThenBy(g => g.Holder, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new DataGaps(
            rows.Where(n => n.Availability == DataAvailability.DoesNotExist).ToList(),
            held,
            rows.Where(n => n.Availability == DataAvailability.HaveIt).ToList(),
            rows.Where(n => n.Availability == DataAvailability.NotChecked).ToList());
    }

    public bool IsEmpty => Missing.Count + Held.Count + InHand.Count + NotChecked.Count == 0;

    /// <summary>What to do next about a holder's data, in a sentence.</summary>
    public static string NextStep(HolderGroup group) => group.Holder == UnnamedHolder
        ? "Find out who holds this data, then name the organization in worksheet 1."
        : group.Needs.Count == 1
            ? $"Ask {group.Holder} for it, and agree how often and in what form it will be shared."
            : $"Ask {group.Holder} for all {group.Needs.Count} in one request: a single data-sharing agreement can cover them.";
}
