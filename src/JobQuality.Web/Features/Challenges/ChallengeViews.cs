using FluentValidation;
using JobQuality.Core.Challenges;

namespace JobQuality.Web.Features.Challenges;

/// <summary>One entry of the register with the version to save from.</summary>
public sealed record ChallengeView(
    Guid Id, string Title, string Response, string Notes, ChallengeStatus Status, Guid? OwnerMemberId, string? LibraryKey, uint Version)
{
    public static ChallengeView From(Challenge c) => new(c.Id, c.Title, c.Response, c.Notes, c.Status, c.OwnerMemberId, c.LibraryKey, c.Version);

    public IReadOnlyDictionary<string, string> ToFields() => new Dictionary<string, string>
    {
        [ChallengeFields.Title] = Title,
        [ChallengeFields.Response] = Response,
        [ChallengeFields.Notes] = Notes,
        [ChallengeFields.Status] = Status.ToString(),
        [ChallengeFields.OwnerMemberId] = OwnerMemberId?.ToString() ?? "",
    };
}

/// <summary>A team member who can own a challenge.</summary>
public sealed record OwnerChoice(Guid Id, string Name);

/// <summary>The register, the starter library (marking starters already in it), and the people who can own an entry.</summary>
public sealed record ChallengesView(
    IReadOnlyList<ChallengeView> Challenges, IReadOnlyList<ChallengeStarter> Library, IReadOnlyList<OwnerChoice> Owners);

public static class ChallengeFields
{
    public const string Title = nameof(Challenge.Title);
    public const string Response = nameof(Challenge.Response);
    public const string Notes = nameof(Challenge.Notes);
    public const string Status = nameof(Challenge.Status);
    public const string OwnerMemberId = nameof(Challenge.OwnerMemberId);

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Title] = "Challenge",
        [Response] = "Our response",
        [Notes] = "Notes",
        [Status] = "Status",
        [OwnerMemberId] = "Owner",
    };

    public static string Name(this ChallengeStatus status) => status switch
    {
        ChallengeStatus.Open => "Open",
        ChallengeStatus.BeingAddressed => "Being addressed",
        ChallengeStatus.Resolved => "Resolved",
        _ => status.ToString(),
    };

    public static string Meaning(this ChallengeStatus status) => status switch
    {
        ChallengeStatus.Open => "Known, but nobody is acting on it yet.",
        ChallengeStatus.BeingAddressed => "The owner is carrying out the response.",
        ChallengeStatus.Resolved => "No longer in the way; kept here as a record.",
        _ => "",
    };
}

public static class ChallengeRules
{
    public static IRuleBuilderOptions<T, string> IsAChallengeTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Name the challenge in a few words.")
            .Must(t => t.Trim().Length <= Challenge.TitleMaxLength).WithMessage($"Keep the challenge to {Challenge.TitleMaxLength} characters or fewer.");

    public static IRuleBuilderOptions<T, string> FitsAResponse<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => t.Trim().Length <= Challenge.ResponseMaxLength).WithMessage($"Keep the response to {Challenge.ResponseMaxLength} characters or fewer.");
}
