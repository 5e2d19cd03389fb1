using JobQuality.Cli;

namespace JobQuality.Core.Tests.Cli;

/// <summary>Runs the jobquality command in-process, capturing what it prints. Console is global: these tests run one at a time.</summary>
internal static class CliRun
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        await OneAtATime.WaitAsync();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var exitCode = await JobQualityCommandLine.RunAsync(args);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            OneAtATime.Release();
        }
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static string TempFile(string contents, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"jq-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, contents);
        return path;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
