using FluentValidation;
using JobQuality.Core.Pitch;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Pitch;

/// <summary>Adds one piece of feedback, on one of the seven dimensions, to a pitch session.</summary>
public static class AddPitchFeedback
{
    public sealed record Command(Guid PlanId, Guid SessionId, PitchDimension? Dimension, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Dimension).NotNull().WithMessage("Choose the dimension the feedback is about.")
                .IsInEnum().WithMessage("Choose one of the seven dimensions.");
            RuleFor(c => c.Text).IsFeedbackText();
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<PitchFeedbackView>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<PitchFeedbackView>.NotFound();
            if (!await db.PitchSessions.AnyAsync(s => s.Id == command.SessionId && s.PlanId == command.PlanId, ct))
            {
                return Outcome<PitchFeedbackView>.NotFound();
            }
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<PitchFeedbackView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<PitchFeedbackView>.Invalid(validation);

            var feedback = new PitchFeedback
            {
                PlanId = command.PlanId,
                SessionId = command.SessionId,
                Dimension = command.Dimension!.Value,
                Text = command.Text.Trim(),
            };
            db.PitchFeedback.Add(feedback);
            await db.SaveChangesAsync(ct);
            return Outcome<PitchFeedbackView>.Ok(PitchFeedbackView.From(feedback, null));
        }
    }
}
