namespace JobQuality.Cli;

internal static class EntryPoint
{
    private static Task<int> Main(string[] args) => JobQualityCommandLine.RunAsync(args);
}
