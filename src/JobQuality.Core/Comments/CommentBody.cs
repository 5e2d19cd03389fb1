using System.Text;
using System.Text.RegularExpressions;

namespace JobQuality.Core.Comments;

/// <summary>A piece of a comment as it is shown: never markup, always one of these.</summary>
public abstract record BodySegment;

/// <summary>Plain text, shown as text (a <c>&lt;script&gt;</c> in it is just characters).</summary>
public sealed record TextSegment(string Text) : BodySegment;

public sealed record LineBreakSegment : BodySegment
{
    public static LineBreakSegment Instance { get; } = new();
}

/// <summary>A web address (http or https only) written in the text.</summary>
public sealed record LinkSegment(string Url) : BodySegment;

/// <summary>A mention of a member of the plan, with the name it was written with.</summary>
public sealed record MentionSegment(string UserId, string Name) : BodySegment;

/// <summary>A mention written in a comment: who, and the name used.</summary>
public sealed record Mention(string UserId, string Name);

/// <summary>
/// The text of a comment: plain text with line breaks, web addresses and mentions. A mention is stored as
/// <c>@[Name](user-id)</c>, so it stays tied to the person whatever names look alike; people type <c>@Name</c> and pick
/// from the plan's members, and the editor writes the token (<see cref="FromEditable"/>). Nothing in a body is ever
/// read as HTML: <see cref="Render"/> turns it into segments that a page shows as text and links.
/// </summary>
public static partial class CommentBody
{
    public const int NameMaxLength = 120;

    /// <summary>Finds the mentions in a body, in order (the same person may appear more than once).</summary>
    public static IReadOnlyList<Mention> Mentions(string body) =>
        MentionToken().Matches(body).Select(m => new Mention(m.Groups["id"].Value, m.Groups["name"].Value.Trim())).ToList();

    /// <summary>The mention token for a person.</summary>
    public static string Token(string userId, string name) => $"@[{CleanName(name)}]({userId})";

    /// <summary>The body split into what a page shows: text, line breaks, links and mentions.</summary>
    public static IReadOnlyList<BodySegment> Render(string body)
    {
        var segments = new List<BodySegment>();
        var text = new StringBuilder();
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                Flush();
                segments.Add(LineBreakSegment.Instance);
            }
            var line = lines[l];
            var at = 0;
            foreach (Match match in LinkOrMention().Matches(line))
            {
                var (value, length) = match.Groups["url"].Success ? TrimUrl(match.Value) : (match.Value, match.Length);
                if (match.Groups["url"].Success && !IsWebAddress(value))
                {
                    continue; // stays text
                }
                text.Append(line, at, match.Index - at);
                Flush();
                segments.Add(match.Groups["url"].Success
                    ? new LinkSegment(value)
                    : new MentionSegment(match.Groups["id"].Value, match.Groups["name"].Value.Trim()));
                at = match.Index + length;
            }
            text.Append(line, at, line.Length - at);
        }
        Flush();
        return segments;

        void Flush()
        {
            if (text.Length == 0) return;
            segments.Add(new TextSegment(text.ToString()));
            text.Clear();
        }
    }

    /// <summary>The body as the person edits it: mentions read <c>@Name</c>, with who each name stands for.</summary>
    public static (string Text, IReadOnlyList<Mention> Mentions) ToEditable(string body) =>
        (MentionToken().Replace(body, m => "@" + m.Groups["name"].Value.Trim()), Mentions(body));

    /// <summary>
    /// The body to store from what the person typed and the members they picked: each <c>@Name</c> of a picked member
    /// becomes their token (longest names first, so "@Ana Maria" is not read as "@Ana"). Other <c>@</c> words stay text.
    /// </summary>
    public static string FromEditable(string text, IEnumerable<Mention> picked)
    {
        var people = picked.Where(p => p.Name.Length > 0).DistinctBy(p => p.Name).OrderByDescending(p => p.Name.Length).ToList();
        if (people.Count == 0) return text;
        var result = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var person = text[i] == '@' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                ? people.FirstOrDefault(p => string.CompareOrdinal(text, i + 1, p.Name, 0, p.Name.Length) == 0
                    && (i + 1 + p.Name.Length == text.Length || !char.IsLetterOrDigit(text[i + 1 + p.Name.Length])))
                : null;
            if (person is null)
            {
                result.Append(text[i]);
                i++;
                continue;
            }
            result.Append(Token(person.UserId, person.Name));
            i += 1 + person.Name.Length;
        }
        return result.ToString();
    }

    /// <summary>The body as one line of plain text (mentions as <c>@Name</c>), e.g. for a short preview.</summary>
    public static string PlainText(string body) => ToEditable(body).Text;

    private static string CleanName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or '\r' or '\n')).ToArray()).Trim();
        return clean.Length <= NameMaxLength ? clean : clean[..NameMaxLength];
    }

    private static (string Url, int Length) TrimUrl(string url)
    {
        // Punctuation that ends a sentence is not part of the address; a closing bracket only when it has no opening one.
        var end = url.Length;
        while (end > 0)
        {
            var c = url[end - 1];
            if (".,;:!?'\"".Contains(c)) end--;
            else if (c == ')' && url[..end].Count(x => x == '(') < url[..end].Count(x => x == ')')) end--;
            else break;
        }
        return (url[..end], end);
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    [GeneratedRegex(@"@\[(?<name>[^\[\]\r\n]{1,120})\]\((?<id>[A-Za-z0-9-]{1,64})\)")]
    private static partial Regex MentionToken();

    [GeneratedRegex(@"(?<url>\bhttps?://[^\s<>""]+)|@\[(?<name>[^\[\]\r\n]{1,120})\]\((?<id>[A-Za-z0-9-]{1,64})\)", RegexOptions.IgnoreCase)]
    private static partial Regex LinkOrMention();
}
