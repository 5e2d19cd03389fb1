using JobQuality.Web.Features.Shared;

namespace JobQuality.Web.Features.Standards;

/// <summary>A version's standards as a JSON file in the SCORING.md format, to download or to read through the API.</summary>
public static class ExportStandards
{
    public sealed record File(string FileName, string Json);

    public sealed class Handler(GetStandardsVersion.Handler get)
    {
        public async Task<Outcome<File>> HandleAsync(string slug, int? number, CancellationToken ct = default)
        {
            var version = await get.HandleAsync(slug, number, ct);
            return version.Value is { } v ? Outcome<File>.Ok(new File(v.FileName, v.Document + "\n")) : Outcome<File>.NotFound();
        }
    }
}
