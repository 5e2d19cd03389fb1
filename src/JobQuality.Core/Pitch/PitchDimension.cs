using JobQuality.Core.Plans;

namespace JobQuality.Core.Pitch;

/// <summary>The seven things the team listens for when it pitches its canvas.</summary>
public enum PitchDimension
{
    Audience,
    Clarity,
    ValueProposition,
    Innovation,
    Feasibility,
    IntendedImpact,
    BlindSpots,
}

/// <summary>How a dimension is named, and the question that helps a note-taker listen for it.</summary>
public sealed record PitchDimensionInfo(PitchDimension Dimension, string Title, string Question);

public static class PitchFeedbackTool
{
    public const string ToolKey = "pitch-feedback";

    public static IReadOnlyList<PitchDimensionInfo> Dimensions { get; } =
    [
        new(PitchDimension.Audience, "Audience",
            "Did the pitch speak to the people in the room? Note who seemed to care, who did not, and who was missing."),
        new(PitchDimension.Clarity, "Clarity",
            "Could listeners repeat the idea back? Note the words or steps that confused them."),
        new(PitchDimension.ValueProposition, "Value proposition",
            "Did they see what workers and partners would gain? Note which benefits landed and which sounded thin."),
        new(PitchDimension.Innovation, "Innovation / creativity",
            "What felt new to them, and what sounded like something already tried? Note ideas they offered."),
        new(PitchDimension.Feasibility, "Feasibility",
            "Do they believe the team can pull it off with the money, time and partners it has? Note the doubts they raised."),
        new(PitchDimension.IntendedImpact, "Intended impact",
            "Did the promised change in job quality seem real and measurable to them? Note how they would judge success."),
        new(PitchDimension.BlindSpots, "Blind spots",
            "What did they see that the team had missed: risks, people left out, rules or costs nobody mentioned?"),
    ];

    public static PitchDimensionInfo Info(this PitchDimension dimension) => Dimensions.First(d => d.Dimension == dimension);

    /// <summary>
    /// Not started until a pitch is recorded; done once some feedback has been captured and at least one piece of it has
    /// been turned into a change on the canvas (the point of pitching is to improve the canvas).
    /// </summary>
    public static ToolProgress Progress(int sessions, int feedback, int applied) =>
        sessions == 0 ? ToolProgress.NotStarted
        : feedback > 0 && applied > 0 ? ToolProgress.Done
        : ToolProgress.InProgress;
}
