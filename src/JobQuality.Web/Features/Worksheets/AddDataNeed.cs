using FluentValidation;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Worksheets;

/// <summary>Adds a row at the end of one of worksheet 1's two lists.</summary>
public static class AddDataNeed
{
    public sealed record Command(
        Guid PlanId, DataPurpose Purpose, string DataType, DataAvailability Availability = DataAvailability.NotChecked, string Holder = "", string Location = "")
        : IDataNeedFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Purpose).IsInEnum().WithMessage("Add the row to the baseline list or the change list.");
            RuleFor(c => c.DataType).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Name the type of data first.");
            Include(new DataNeedFieldsValidator());
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<DataNeedView>> HandleAsync(Command command, CancellationToken ct = default) =>
            await dbFactory.AddAsync(access, command.PlanId, await validator.ValidateAsync(command, ct), async db => new DataNeed
            {
                PlanId = command.PlanId,
                Purpose = command.Purpose,
                DataType = command.DataType.Trim(),
                Availability = command.Availability,
                Holder = command.Holder.Trim(),
                Location = command.Location.Trim(),
                Position = await db.DataNeeds.Where(n => n.PlanId == command.PlanId && n.Purpose == command.Purpose).NextPositionAsync(n => n.Position, ct),
            }, DataNeedView.From, ct);
    }
}

/// <summary>The typed fields of a worksheet 1 row, checked the same way when added and when saved.</summary>
public interface IDataNeedFields
{
    string DataType { get; }
    DataAvailability Availability { get; }
    string Holder { get; }
    string Location { get; }
}

public sealed class DataNeedFieldsValidator : AbstractValidator<IDataNeedFields>
{
    public DataNeedFieldsValidator()
    {
        const int max = DataNeed.TextMaxLength;
        RuleFor(f => f.DataType).MaximumLength(max).WithMessage($"Keep the type of data to {max} characters or fewer.");
        RuleFor(f => f.Availability).IsInEnum().WithMessage("Choose whether you have it, who holds it, or that it does not exist yet.");
        RuleFor(f => f.Holder).MaximumLength(max).WithMessage($"Keep the holder's name to {max} characters or fewer.");
        RuleFor(f => f.Location).MaximumLength(max).WithMessage($"Keep where it sits to {max} characters or fewer.");
    }
}
