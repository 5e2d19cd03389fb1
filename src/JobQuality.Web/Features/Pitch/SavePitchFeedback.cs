using FluentValidation;
using JobQuality.Core.Common;
using JobQuality.Core.Pitch;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Pitch;

/// <summary>Saves a piece of feedback (its dimension and words) from the version the user started with; a stale save is a conflict.</summary>
public static class SavePitchFeedback
{
    public sealed record Command(Guid PlanId, Guid FeedbackId, uint Version, string Dimension, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Dimension).Must(d => EnumNames.Parse<PitchDimension>(d) is not null).WithMessage("Choose one of the seven dimensions.");
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
            var feedback = await db.PitchFeedback.FirstOrDefaultAsync(f => f.Id == command.FeedbackId && f.PlanId == command.PlanId, ct);
            if (feedback is null) return Outcome<PitchFeedbackView>.NotFound();
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<PitchFeedbackView>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<PitchFeedbackView>.Invalid(validation);
            var applied = feedback.AppliedItemId is { } itemId ? await db.CanvasItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct) : null;
            if (feedback.Version != command.Version) return Outcome<PitchFeedbackView>.Conflict(PitchFeedbackView.From(feedback, applied));

            db.Entry(feedback).Property(f => f.Version).OriginalValue = command.Version;
            feedback.Dimension = EnumNames.Parse<PitchDimension>(command.Dimension)!.Value;
            feedback.Text = command.Text.Trim();
            return await dbFactory.SaveOrConflictAsync(db, feedback, f => f.Id == command.FeedbackId, f => PitchFeedbackView.From(f, applied), ct);
        }
    }
}
