using FluentValidation;
using JobQuality.Core.LivingWages;
using JobQuality.Core.Scoring.Csv;
using JobQuality.Data;
using JobQuality.Data.LivingWages;
using JobQuality.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Features.LivingWage;

/// <summary>
/// Imports a living wage CSV (SCORING.md section 2) for an organization, all or nothing: any problem in the file
/// means nothing is stored and every problem is reported with its row, column and value.
/// </summary>
public static class ImportLivingWageTable
{
    public sealed record Command(string OrganizationSlug, string SourceName, int VintageYear, string FileName, Stream Csv);

    /// <summary>The stored table, or the file's problems when it was refused.</summary>
    public sealed record Result(LivingWageTableSummary? Table, IReadOnlyList<CsvError> FileErrors);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.SourceName).Custom((source, context) =>
            {
                if (StoredLivingWageTable.SourceNameProblem(source) is { } problem) context.AddFailure(problem);
            });
            RuleFor(c => c.VintageYear).Custom((year, context) =>
            {
                if (StoredLivingWageTable.VintageYearProblem(year) is { } problem) context.AddFailure(problem);
            });
        }
    }

    public sealed class Handler(
        IDbContextFactory<AppDbContext> dbFactory, AccessControl access, IValidator<Command> validator, LivingWageTableImporter importer)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken ct = default)
        {
            Guid organizationId;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                var organization = await LivingWageTables.FindOrganizationAsync(access, db, command.OrganizationSlug, ct);
                if (organization is null) return Outcome<Result>.NotFound();
                organizationId = organization.OrganizationId;
            }
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid) return Outcome<Result>.Invalid(validation);

            var imported = await importer.ImportAsync(
                new LivingWageImport(organizationId, command.SourceName, command.VintageYear, command.FileName), command.Csv, ct);
            if (!imported.Succeeded)
            {
                var summary = imported.Errors.Count == 1 ? "The file has a problem" : $"The file has {imported.Errors.Count} problems";
                return new Outcome<Result>(OutcomeStatus.Invalid, new Result(null, imported.Errors),
                    [new FieldError("File", $"{summary}; nothing was stored.")]);
            }

            await using var read = await dbFactory.CreateDbContextAsync(ct);
            var table = (await LivingWageTables.SummarizeAsync(read, read.LivingWageTables.Where(t => t.Id == imported.Table!.Id), ct)).Single();
            return Outcome<Result>.Ok(new Result(table, []));
        }
    }
}
