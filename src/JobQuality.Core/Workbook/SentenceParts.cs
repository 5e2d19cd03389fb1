namespace JobQuality.Core.Workbook;

/// <summary>How the ad-libs put typed answers into a sentence.</summary>
public static class SentenceParts
{
    /// <summary>
    /// A part as it reads mid-sentence: items typed on separate lines or after semicolons become "a, b and c", and an item
    /// starting with a capitalised ordinary word is lowered ("Home health aides" → "home health aides"; "WIOA" stays).
    /// A blank part reads as the bracketed prompt.
    /// </summary>
    public static string Part(string text, string prompt)
    {
        if (string.IsNullOrWhiteSpace(text)) return prompt;
        var items = text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return List(items, prompt);
    }

    /// <summary>Items as "a, b and c", each trimmed of a final full stop and lowered like <see cref="Part"/>; the prompt when there are none.</summary>
    public static string List(IEnumerable<string> items, string prompt)
    {
        var list = items.Select(i => i.Trim().TrimEnd('.').Trim()).Where(i => i.Length > 0).Select(LowerFirstWord).ToList();
        return list.Count == 0 ? prompt : JoinWithAnd(list);
    }

    public static string LowerFirstWord(string item)
    {
        var firstWord = item.Split(' ')[0];
        var ordinary = char.IsUpper(firstWord[0]) && firstWord.Skip(1).All(char.IsLower); // "Home", "A"; not "WIOA", "CNAs"
        return ordinary ? char.ToLowerInvariant(item[0]) + item[1..] : item;
    }

    public static string JoinWithAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}
