using FluentValidation;
using JobQuality.Core.Workbook;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Workbook;

/// <summary>One stored answer and the version to save from (0 when nobody has answered yet).</summary>
public sealed record AnswerView(string FieldKey, string Text, uint Version, DateTimeOffset? UpdatedAt);

/// <summary>The answers of a form-style tool (Foundations, the project charter, the canvas mission).</summary>
public static class GetWorkbookAnswers
{
    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public async Task<Outcome<IReadOnlyDictionary<string, AnswerView>>> HandleAsync(Guid planId, string toolKey, CancellationToken ct = default)
        {
            var form = WorkbookForm.All[toolKey];
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await access.FindPlanAsync(db, planId, ct) is null) return Outcome<IReadOnlyDictionary<string, AnswerView>>.NotFound();
            var stored = await db.WorkbookAnswers.AsNoTracking()
                .Where(a => a.PlanId == planId && a.ToolKey == toolKey)
                .ToDictionaryAsync(a => a.FieldKey, ct);
            return Outcome<IReadOnlyDictionary<string, AnswerView>>.Ok(form.Fields.ToDictionary(f => f.Key, f =>
                stored.TryGetValue(f.Key, out var a) ? new AnswerView(f.Key, a.Text, a.Version, a.UpdatedAt) : new AnswerView(f.Key, "", 0, null)));
        }
    }
}

/// <summary>
/// Saves one answer from the version the user started with. If someone else saved that answer in between, nothing is
/// written and their answer comes back as a conflict; answers to other questions never collide.
/// </summary>
public static class SaveWorkbookAnswer
{
    public sealed record Command(Guid PlanId, string ToolKey, string FieldKey, uint Version, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ToolKey).Must(WorkbookForm.All.ContainsKey).WithMessage("There is no such planning tool.");
            RuleFor(c => c.FieldKey).Must((c, key) => WorkbookForm.All.GetValueOrDefault(c.ToolKey)?.FindField(key) is not null)
                .WithMessage("This tool has no such question.");
            RuleFor(c => c.Text).MaximumLength(WorkbookAnswer.TextMaxLength)
                .WithMessage($"Keep this answer to {WorkbookAnswer.TextMaxLength:N0} characters or fewer.")
                .OverridePropertyName(c => c.FieldKey);
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<AnswerView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<AnswerView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<AnswerView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
            {
                // Name the field by its key, so the page can show the message under the right question.
                return Outcome<AnswerView>.Invalid(command.FieldKey, validation.Errors[0].ErrorMessage);
            }

            var saved = await db.WorkbookAnswers.FirstOrDefaultAsync(
                a => a.PlanId == command.PlanId && a.ToolKey == command.ToolKey && a.FieldKey == command.FieldKey, ct);
            if ((saved?.Version ?? 0) != command.Version)
            {
                return Outcome<AnswerView>.Conflict(View(saved, command.FieldKey));
            }
            if (saved is null)
            {
                saved = new WorkbookAnswer { PlanId = command.PlanId, ToolKey = command.ToolKey, FieldKey = command.FieldKey };
                db.WorkbookAnswers.Add(saved);
            }
            else
            {
                db.Entry(saved).Property(a => a.Version).OriginalValue = command.Version;
            }
            saved.Text = command.Text.Trim();
            // Someone saved between our read and our write (or answered first): show them their answer.
            return await dbFactory.SaveOrConflictAsync(db, saved,
                a => a.PlanId == command.PlanId && a.ToolKey == command.ToolKey && a.FieldKey == command.FieldKey, a => View(a, command.FieldKey), ct);
        }

        private static AnswerView View(WorkbookAnswer? answer, string fieldKey) =>
            answer is null ? new AnswerView(fieldKey, "", 0, null) : new AnswerView(fieldKey, answer.Text, answer.Version, answer.UpdatedAt);
    }
}

public static class WorkbookAnswerEndpoints
{
    public sealed record Body(uint Version, string? Text);

    public static void MapWorkbookAnswerEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:guid}/answers/{toolKey}", async (Guid planId, string toolKey, GetWorkbookAnswers.Handler handler, CancellationToken ct) =>
            WorkbookForm.All.ContainsKey(toolKey) ? (await handler.HandleAsync(planId, toolKey, ct)).ToHttpResult() : TypedResults.NotFound())
            .Answers<IReadOnlyDictionary<string, AnswerView>>("Read a tool's answers (foundations, charter or canvas), by question");

        api.MapPut("/plans/{planId:guid}/answers/{toolKey}/{fieldKey}",
            async (Guid planId, string toolKey, string fieldKey, Body body, SaveWorkbookAnswer.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new SaveWorkbookAnswer.Command(planId, toolKey, fieldKey, body.Version, body.Text ?? ""), ct)).ToHttpResult())
            .Edits<AnswerView>("Save the answer to one question (version 0 for a first answer)").OrConflict<AnswerView>();
    }
}
