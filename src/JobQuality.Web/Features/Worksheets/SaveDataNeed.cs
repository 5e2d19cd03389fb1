using FluentValidation;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.Worksheets;

/// <summary>
/// Saves a worksheet 1 row from the version the user started with. If someone else changed it in between, nothing is
/// written and their row comes back as a conflict; a row deleted meanwhile is not found.
/// </summary>
public static class SaveDataNeed
{
    public sealed record Command(Guid PlanId, Guid NeedId, uint Version, string DataType, DataAvailability Availability, string Holder, string Location)
        : IDataNeedFields;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new DataNeedFieldsValidator());
        }
    }

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator)
    {
        public async Task<Outcome<DataNeedView>> HandleAsync(Command command, CancellationToken ct = default) =>
            await dbFactory.EditAsync<DataNeed, DataNeedView>(access, command.PlanId, command.NeedId, command.Version,
                await validator.ValidateAsync(command, ct), need =>
                {
                    need.DataType = command.DataType.Trim();
                    need.Availability = command.Availability;
                    need.Holder = command.Holder.Trim();
                    need.Location = command.Location.Trim();
                }, DataNeedView.From, ct);
    }
}

/// <summary>Deletes a worksheet 1 row as the user last saw it.</summary>
public static class DeleteDataNeed
{
    public sealed record Command(Guid PlanId, Guid NeedId, uint Version);

    public sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, AccessControl access)
    {
        public Task<Outcome<DataNeedView>> HandleAsync(Command command, CancellationToken ct = default) =>
            dbFactory.DeleteAsync<DataNeed, DataNeedView>(access, command.PlanId, command.NeedId, command.Version, DataNeedView.From, ct);
    }
}
