namespace JobQuality.Core.Editing;

/// <summary>A field both people changed, to different values: the user has to choose.</summary>
public sealed record FieldConflict(string Field, string Base, string Theirs, string Mine);

/// <summary>What merging two people's edits of one record gives.</summary>
/// <param name="Merged">Their version with every change of mine that does not collide with theirs.</param>
/// <param name="Conflicts">Fields both changed to different values; <see cref="Merged"/> holds their value for these.</param>
public sealed record MergeResult(IReadOnlyDictionary<string, string> Merged, IReadOnlyList<FieldConflict> Conflicts);

/// <summary>
/// Merges my edits into someone else's newer version, field by field, from the version we both started with:
/// a field only I changed takes my value, a field only they changed keeps theirs, a field we both changed alike is fine,
/// and a field we changed differently is a conflict for the user to settle. Nothing is silently dropped.
/// </summary>
public static class ThreeWayMerge
{
    public static MergeResult Merge(
        IReadOnlyDictionary<string, string> @base, IReadOnlyDictionary<string, string> theirs, IReadOnlyDictionary<string, string> mine)
    {
        var merged = new Dictionary<string, string>(theirs);
        var conflicts = new List<FieldConflict>();
        foreach (var (field, myValue) in mine)
        {
            var baseValue = @base.GetValueOrDefault(field, "");
            var theirValue = theirs.GetValueOrDefault(field, "");
            if (Same(myValue, baseValue) || Same(myValue, theirValue)) continue;
            if (Same(theirValue, baseValue)) merged[field] = myValue;
            else conflicts.Add(new FieldConflict(field, baseValue, theirValue, myValue));
        }
        return new MergeResult(merged, conflicts);
    }

    // Trailing spaces and line-ending styles are not worth a conflict dialog.
    private static bool Same(string a, string b) =>
        string.Equals(a.ReplaceLineEndings("\n").TrimEnd(), b.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);
}
