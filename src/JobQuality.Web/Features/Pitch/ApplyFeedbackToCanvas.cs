using FluentValidation;
using JobQuality.Core.Canvas;
using JobQuality.Data;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Pitch;

/// <summary>
/// Turns a piece of feedback into a canvas change: either a new item at the end of a chosen square, or new wording for an
/// existing item (saved from the item's version the user read, so nobody's edit is overwritten unseen). The feedback then
/// points at the item, which is how the canvas shows "from pitch feedback". Item and link are saved together.
/// </summary>
public static class ApplyFeedbackToCanvas
{
    /// <param name="ItemId">The item to change; null to add a new item to <paramref name="Square"/>.</param>
    /// <param name="ItemVersion">The version of the item the user read (ignored for a new item).</param>
    public sealed record Command(Guid PlanId, Guid FeedbackId, uint FeedbackVersion, Guid? ItemId, uint ItemVersion, CanvasSquare? Square, string Text);

    /// <summary>The feedback and the item as they are after the change (on a conflict: as they are now; the item may be null).</summary>
    public sealed record Result(PitchFeedbackView Feedback, CanvasItemView? Item);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Square).NotNull().When(c => c.ItemId is null).WithMessage("Choose the square the new item goes in.")
                .IsInEnum().WithMessage("Choose one of the nine squares of the canvas.");
            RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the item as it should read on the canvas.")
                .FitsACanvasItem();
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var found = await access.FindPlanAsync(db, command.PlanId, ct);
            if (found is null) return Outcome<Result>.NotFound();
            var feedback = await db.PitchFeedback.FirstOrDefaultAsync(f => f.Id == command.FeedbackId && f.PlanId == command.PlanId, ct);
            if (feedback is null) return Outcome<Result>.NotFound();
            CanvasItem? item = null;
            if (command.ItemId is { } itemId)
            {
                item = await db.CanvasItems.FirstOrDefaultAsync(i => i.Id == itemId && i.PlanId == command.PlanId, ct);
                if (item is null) return Outcome<Result>.NotFound();
            }
            if (!found.CanEdit || found.Plan.IsArchived) return Outcome<Result>.NotAllowed();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<Result>.Invalid(validation);
            if (feedback.Version != command.FeedbackVersion || (item is not null && item.Version != command.ItemVersion))
            {
                return Outcome<Result>.Conflict(await CurrentAsync(db, feedback, item, ct));
            }

            if (item is null)
            {
                var last = await db.CanvasItems.Where(i => i.PlanId == command.PlanId && i.Square == command.Square)
                    .MaxAsync(i => (int?)i.Position, ct);
                item = new CanvasItem { PlanId = command.PlanId, Square = command.Square!.Value, Position = (last ?? -1) + 1 };
                db.CanvasItems.Add(item);
            }
            else
            {
                db.Entry(item).Property(i => i.Version).OriginalValue = command.ItemVersion;
            }
            item.Text = command.Text.Trim();
            db.Entry(feedback).Property(f => f.Version).OriginalValue = command.FeedbackVersion;
            feedback.AppliedItemId = item.Id;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Someone saved the feedback or the item between our read and our write: show both as they are now.
                await using var fresh = await dbFactory.CreateDbContextAsync(ct);
                var currentFeedback = await fresh.PitchFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.Id == command.FeedbackId, ct);
                if (currentFeedback is null) return Outcome<Result>.NotFound();
                var currentItem = command.ItemId is { } id ? await fresh.CanvasItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) : null;
                return Outcome<Result>.Conflict(await CurrentAsync(fresh, currentFeedback, currentItem, ct));
            }
            return Outcome<Result>.Ok(new Result(PitchFeedbackView.From(feedback, item), CanvasItemView.From(item)));
        }

        private static async Task<Result> CurrentAsync(AppDbContext db, Core.Pitch.PitchFeedback feedback, CanvasItem? item, CancellationToken ct)
        {
            var applied = feedback.AppliedItemId is { } id ? await db.CanvasItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) : null;
            return new Result(PitchFeedbackView.From(feedback, applied), item is null ? null : CanvasItemView.From(item));
        }
    }
}
