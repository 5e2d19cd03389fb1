using System.Text.RegularExpressions;

namespace JobQuality.Web.Features.Comments;

public sealed partial class MentionTextField
{
    /// <summary>An @ and the start of a name at the end of the text (what the person is typing now).</summary>
    [GeneratedRegex(@"(?:^|\s)@([^\s@]{0,30})$")]
    private static partial Regex TrailingMention();
}
