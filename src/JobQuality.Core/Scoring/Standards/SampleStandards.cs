namespace JobQuality.Core.Scoring.Standards;

/// <summary>The sample standards of the scoring contract, shipped inside the assembly for "start from the sample standards".</summary>
public static class SampleStandards
{
    private const string ResourceName = "JobQuality.Core.Scoring.Standards.sample-standards.json";

    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(SampleStandards).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The sample standards ({ResourceName}) are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The sample as JSON text, exactly as shipped.</summary>
    public static string Json => Text.Value;
}
