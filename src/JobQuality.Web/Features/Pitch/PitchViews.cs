using System.Globalization;
using FluentValidation;
using JobQuality.Core.Canvas;
using JobQuality.Core.Pitch;
using JobQuality.Web.Features.Canvas;

namespace JobQuality.Web.Features.Pitch;

/// <summary>A pitch session with the version to save from. The date and snapshot also travel as text for the autosaver.</summary>
public sealed record PitchSessionView(Guid Id, string Audience, DateOnly HeldOn, Guid? SnapshotId, uint Version)
{
    public static PitchSessionView From(PitchSession s) => new(s.Id, s.Audience, s.HeldOn, s.SnapshotId, s.Version);

    public IReadOnlyDictionary<string, string> ToFields() => new Dictionary<string, string>
    {
        [PitchFields.Audience] = Audience,
        [PitchFields.HeldOn] = PitchFields.DateText(HeldOn),
        [PitchFields.SnapshotId] = SnapshotId?.ToString() ?? "",
    };
}

/// <summary>The canvas item a piece of feedback was turned into.</summary>
public sealed record AppliedItemView(Guid ItemId, CanvasSquare Square, string SquareTitle, string Text);

/// <summary>One piece of feedback, and where on the canvas it went (null while it is not applied).</summary>
public sealed record PitchFeedbackView(Guid Id, Guid SessionId, PitchDimension Dimension, string Text, AppliedItemView? AppliedTo, uint Version)
{
    public static PitchFeedbackView From(PitchFeedback f, CanvasItem? applied) => new(
        f.Id, f.SessionId, f.Dimension, f.Text,
        applied is null ? null : new AppliedItemView(applied.Id, applied.Square, applied.Square.Info().Title, applied.Text), f.Version);

    public IReadOnlyDictionary<string, string> ToFields() => new Dictionary<string, string>
    {
        [PitchFields.Dimension] = Dimension.ToString(),
        [PitchFields.Text] = Text,
    };
}

public sealed record PitchSessionWithFeedback(PitchSessionView Session, IReadOnlyList<PitchFeedbackView> Feedback);

/// <summary>A named snapshot a session can say was pitched.</summary>
public sealed record SnapshotChoice(Guid Id, string Name, DateTimeOffset TakenAt);

/// <summary>Everything the pitch feedback page shows: sessions newest first, and what the choices can point at.</summary>
public sealed record PitchFeedbackPageView(
    IReadOnlyList<PitchSessionWithFeedback> Sessions, IReadOnlyList<SnapshotChoice> Snapshots, IReadOnlyList<CanvasItemView> CanvasItems);

/// <summary>The names of the fields the autosaver edits; the same as the save commands' properties, so messages land on the right field.</summary>
public static class PitchFields
{
    public const string Audience = nameof(PitchSession.Audience);
    public const string HeldOn = nameof(PitchSession.HeldOn);
    public const string SnapshotId = nameof(PitchSession.SnapshotId);
    public const string Dimension = nameof(PitchFeedback.Dimension);
    public const string Text = nameof(PitchFeedback.Text);

    public static readonly IReadOnlyDictionary<string, string> SessionLabels = new Dictionary<string, string>
    {
        [Audience] = "Audience",
        [HeldOn] = "Date of the pitch",
        [SnapshotId] = "Snapshot pitched",
    };

    public static readonly IReadOnlyDictionary<string, string> FeedbackLabels = new Dictionary<string, string>
    {
        [Dimension] = "Dimension",
        [Text] = "Feedback",
    };

    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>Rules shared by adding and saving, with one message each.</summary>
public static class PitchRules
{
    public static IRuleBuilderOptions<T, string> IsAnAudience<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("Say who the audience was, e.g. “Employer breakfast, six agency owners”.")
            .Must(a => a.Trim().Length <= PitchSession.AudienceMaxLength)
            .WithMessage($"Keep the audience to {PitchSession.AudienceMaxLength} characters or fewer.");

    public static IRuleBuilderOptions<T, string> IsFeedbackText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write down what was said.")
            .Must(t => t.Trim().Length <= PitchFeedback.TextMaxLength)
            .WithMessage($"Keep one piece of feedback to {PitchFeedback.TextMaxLength} characters or fewer: split longer notes.");
}
