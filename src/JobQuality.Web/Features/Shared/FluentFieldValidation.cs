using FluentValidation;

namespace JobQuality.Web.Features.Shared;

/// <summary>
/// Lets a MudForm show a command's FluentValidation messages beside each field as the user types,
/// using the same validator the handler runs again before saving.
/// </summary>
public static class FluentFieldValidation
{
    public static Func<object, string, Task<IEnumerable<string>>> ForMudForm<T>(this IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var context = ValidationContext<T>.CreateWithOptions((T)model, options => options.IncludeProperties(propertyName));
            var result = await validator.ValidateAsync(context);
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
