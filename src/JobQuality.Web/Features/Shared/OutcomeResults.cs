namespace JobQuality.Web.Features.Shared;

public static class OutcomeResults
{
    /// <summary>Maps a command's outcome to the HTTP answer the REST API gives.</summary>
    public static IResult ToHttpResult<T>(this Outcome<T> outcome) => outcome.Status switch
    {
        OutcomeStatus.Ok => TypedResults.Ok(outcome.Value),
        OutcomeStatus.NotFound => TypedResults.NotFound(),
        OutcomeStatus.NotAllowed => TypedResults.Forbid(),
        OutcomeStatus.Conflict => TypedResults.Conflict(outcome.Value),
        OutcomeStatus.Invalid => TypedResults.ValidationProblem(outcome.FieldErrors
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
        _ => throw new InvalidOperationException($"Unhandled outcome {outcome.Status}"),
    };
}
