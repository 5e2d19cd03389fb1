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
        OutcomeStatus.Invalid => TypedResults.ValidationProblem(ByField(outcome)),
        // 429 with the same shape as a 400 (errors by field), so a client shows the message where it shows the others.
        OutcomeStatus.TooMany => TypedResults.Problem(new HttpValidationProblemDetails(ByField(outcome))
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = outcome.FieldErrors.FirstOrDefault()?.Message,
        }),
        _ => throw new InvalidOperationException($"Unhandled outcome {outcome.Status}"),
    };

    private static Dictionary<string, string[]> ByField<T>(Outcome<T> outcome) => outcome.FieldErrors
        .GroupBy(e => e.Field)
        .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
