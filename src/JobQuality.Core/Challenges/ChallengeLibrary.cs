using JobQuality.Core.Plans;

namespace JobQuality.Core.Challenges;

/// <summary>A challenge many boards meet, with a response the team can start from and rewrite for its own situation.</summary>
public sealed record ChallengeStarter(string Key, string Title, string Response);

/// <summary>The starter library of the challenges register, and how the register counts as done.</summary>
public static class ChallengeLibrary
{
    public const string ToolKey = "challenges";

    public static IReadOnlyList<ChallengeStarter> Starters { get; } =
    [
        new("too-ambitious", "Frontline staff see the changes as too ambitious",
            "Start with one change a career coach can make next week, such as screening job orders for posted schedules. Ask frontline staff to help design the pilot, show them the first results, and grow from there."),
        new("no-time-or-money", "Not enough time or resources",
            "List what the work replaces, not only what it adds. Fold job quality into contracts and reviews the team already does, name the smallest budget that would prove the idea, and ask one funder for exactly that."),
        new("visions-conflict", "Stakeholders' visions conflict",
            "Go back to the shared values in the charter and agree on the one outcome everyone wants. Park the points of disagreement on a list, decide who settles each and by when, and revisit them at a set meeting."),
        new("employer-costs", "Employers fear higher costs",
            "Bring the numbers employers care about: turnover, overtime and hiring costs. Pair the ask with support such as wage subsidies, training or public recognition, and let an employer who already made the change tell the story."),
        new("data-agreements-stall", "Data-sharing agreements stall",
            "Start with the smallest data set that answers one question, use a template agreement others have already signed, and bring the lawyers in early. Meanwhile, use the data the board already holds."),
        new("leadership-turnover", "A key leader leaves",
            "Make sure every role has a backup, write decisions down in the charter, and brief the successor in person within their first month. Ask the new leader what they need from the work, not only what the work needs from them."),
        new("participants-need-income-now", "Participants need a job now",
            "Do not make people wait for a perfect job. Offer the quickest decent placement with a plan for the next step: paid training, a bridge program, or a follow-up at 90 days to talk about moving up."),
        new("partner-fatigue", "Partners are tired of meetings",
            "Ask less and give back more: shorter meetings with a decision on every agenda, updates in writing, and a clear say in what happens with their input. Celebrate results in public and credit the partners by name."),
    ];

    public static ChallengeStarter? Find(string? key) => Starters.FirstOrDefault(s => s.Key == key);

    /// <summary>
    /// Not started while the register is empty; done once it holds at least <see cref="EnoughChallenges"/> challenges and
    /// every one has a response and an owner.
    /// </summary>
    public static ToolProgress Progress(IReadOnlyCollection<(bool HasResponse, bool HasOwner)> entries) =>
        entries.Count == 0 ? ToolProgress.NotStarted
        : entries.Count >= EnoughChallenges && entries.All(e => e.HasResponse && e.HasOwner) ? ToolProgress.Done
        : ToolProgress.InProgress;

    public const int EnoughChallenges = 3;
}
