using System.Globalization;
using System.Text;
using JobQuality.Core.Baseline;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Baseline;

/// <summary>
/// The baseline through the API: the dashboard's view as CSV (same filters as the page's address), the goals, and the
/// minimum cell size. Same handlers and checks as the page; <c>version</c> is the version you started from, and a
/// <c>409 Conflict</c> carries what is stored now.
/// </summary>
public static class BaselineEndpoints
{
    public sealed record GoalBody(
        string? Statement, GoalMeasure? Measure, Principle? Principle, string? GroupColumn, string? GroupValue,
        decimal? TargetPct, DateOnly? TargetDate, uint Version = 0);

    public sealed record MinCellSizeBody(int MinCellSize, uint Version);

    public static void MapBaselineEndpoints(this RouteGroupBuilder api)
    {
        var organization = api.MapGroup("/orgs/{slug}");

        organization.MapGet("/baseline.csv", async (string slug, string? from, string? to, string? program, string? county,
            GetBaseline.Handler handler, TimeProvider clock, CancellationToken ct) =>
        {
            var (query, problem) = BaselineAddress.Parse(slug, from, to, program, county);
            if (problem is not null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem.Field] = [problem.Message] });
            var outcome = await handler.HandleAsync(query, ct);
            if (!outcome.IsOk) return outcome.ToHttpResult();
            var csv = new StringWriter(CultureInfo.InvariantCulture);
            BaselineCsv.Write(csv, outcome.Value!);
            // With a byte order mark, spreadsheets read the file as UTF-8 (names with accents stay intact).
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
            return TypedResults.File(bytes, "text/csv; charset=utf-8",
                BaselineCsv.FileName(slug, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
        })
        .WithSummary("The dashboard's view as CSV (totals, principles, every breakdown; withheld cells empty, formulas neutralized); from, to, program, county")
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .Produces(StatusCodes.Status404NotFound)
        .OrInvalid();

        organization.MapGet("/goals", async (string slug, ListGoals.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(slug, ct)).ToHttpResult())
            .Answers<IReadOnlyList<GoalView>>("The organization's goals, soonest due first, each with its progress against the whole baseline");

        organization.MapPost("/goals", async (string slug, GoalBody body, AddGoal.Handler handler, CancellationToken ct) =>
        {
            var command = Fill(new AddGoal.Command { Slug = slug }, body);
            var outcome = await handler.HandleAsync(command, ct);
            return outcome.IsOk ? TypedResults.Created($"/api/orgs/{slug}/goals/{outcome.Value!.Id}", outcome.Value) : outcome.ToHttpResult();
        })
        .Edits<GoalView>("Set a goal (staff, directors, administrators); its starting value is the baseline's value now", StatusCodes.Status201Created);

        organization.MapPut("/goals/{id:guid}", async (string slug, Guid id, GoalBody body, SaveGoal.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(Fill(new SaveGoal.Command { Slug = slug, Id = id, Version = body.Version }, body), ct)).ToHttpResult())
            .Edits<GoalView>("Change a goal from the version you started with").OrConflict<GoalView>();

        organization.MapDelete("/goals/{id:guid}", async (string slug, Guid id, uint version, DeleteGoal.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new DeleteGoal.Command(slug, id, version), ct)).ToHttpResult())
            .Answers<GoalView>("Delete a goal, from the version you saw (?version=)").OrForbidden().OrConflict<GoalView>();

        organization.MapPut("/min-cell-size", async (string slug, MinCellSizeBody body, SetMinCellSize.Handler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new SetMinCellSize.Command(slug, body.MinCellSize, body.Version), ct)).ToHttpResult())
            .Edits<SetMinCellSize.Result>("Set the smallest group the baseline shows (directors and administrators; at least 5)")
            .OrConflict<SetMinCellSize.Result>();
    }

    private static T Fill<T>(T command, GoalBody body) where T : GoalFields
    {
        command.Statement = body.Statement ?? "";
        command.Measure = body.Measure;
        command.Principle = body.Principle;
        command.GroupColumn = body.GroupColumn;
        command.GroupValue = body.GroupValue;
        command.TargetPct = body.TargetPct;
        command.TargetDate = body.TargetDate;
        return command;
    }
}

/// <summary>The dashboard's filters as they appear in its address (and the CSV's): <c>?from=2026-01-01&amp;to=…&amp;program=…&amp;county=…</c>.</summary>
public static class BaselineAddress
{
    /// <summary>The query the address asks for, or which part of it is not a date.</summary>
    public static (GetBaseline.Query Query, FieldError? Problem) Parse(string slug, string? from, string? to, string? program, string? county)
    {
        FieldError? problem = null;
        var fromDate = ParseDate(from, "from", "start", ref problem);
        var toDate = ParseDate(to, "to", "end", ref problem);
        return (new GetBaseline.Query(slug, fromDate, toDate, program, county), problem);
    }

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text, string field, string which, ref FieldError? problem)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problem ??= new FieldError(field, $"The {which} date \"{text}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31.");
        return null;
    }
}
