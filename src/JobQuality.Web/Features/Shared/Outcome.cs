namespace JobQuality.Web.Features.Shared;

/// <summary>How a command ended, in the terms a page or endpoint needs to answer the user.</summary>
public enum OutcomeStatus
{
    Ok,
    /// <summary>The record does not exist or the caller may not see it: shown as "not found".</summary>
    NotFound,
    /// <summary>The caller may see the record but not change it.</summary>
    NotAllowed,
    /// <summary>The input broke a rule: <see cref="Outcome{T}.Errors"/> says which field and why.</summary>
    Invalid,
    /// <summary>Someone else saved first: <see cref="Outcome{T}.Value"/> holds their version.</summary>
    Conflict,
    /// <summary>The caller is doing this too often: <see cref="Outcome{T}.Errors"/> says when to try again.</summary>
    TooMany,
}

public sealed record FieldError(string Field, string Message);

public sealed record Outcome<T>(OutcomeStatus Status, T? Value = default, IReadOnlyList<FieldError>? Errors = null)
{
    public bool IsOk => Status == OutcomeStatus.Ok;
    public IReadOnlyList<FieldError> FieldErrors => Errors ?? [];

    public static Outcome<T> Ok(T value) => new(OutcomeStatus.Ok, value);
    public static Outcome<T> NotFound() => new(OutcomeStatus.NotFound);
    public static Outcome<T> NotAllowed() => new(OutcomeStatus.NotAllowed);
    public static Outcome<T> Conflict(T current) => new(OutcomeStatus.Conflict, current);

    public static Outcome<T> Invalid(FluentValidation.Results.ValidationResult validation) =>
        new(OutcomeStatus.Invalid, Errors: validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList());

    public static Outcome<T> Invalid(string field, string message) => new(OutcomeStatus.Invalid, Errors: [new FieldError(field, message)]);

    public static Outcome<T> TooMany(string field, string message) => new(OutcomeStatus.TooMany, Errors: [new FieldError(field, message)]);
}
