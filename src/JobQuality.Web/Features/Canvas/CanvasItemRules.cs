using FluentValidation;
using JobQuality.Core.Canvas;

namespace JobQuality.Web.Features.Canvas;

public static class CanvasItemRules
{
    /// <summary>An item's text, trimmed, within the column's limit; one message for adding and editing.</summary>
    public static IRuleBuilderOptions<T, string> FitsACanvasItem<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => t.Trim().Length <= CanvasItem.TextMaxLength)
            .WithMessage($"Keep an item to {CanvasItem.TextMaxLength} characters or fewer: split a longer idea into several items.");
}
