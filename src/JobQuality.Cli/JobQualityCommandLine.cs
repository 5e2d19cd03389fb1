using System.CommandLine;
using JobQuality.Cli.Commands;

namespace JobQuality.Cli;

/// <summary>The root of the <c>jobquality</c> command: each sub-command lives in its own file under Commands/.</summary>
public static class JobQualityCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("JobQuality: job quality planning and scoring for workforce boards.");
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(SampleCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(OrgsCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(PlansCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(StandardsCommand.Create());
        root.Subcommands.Add(BaselineCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args) => Build().Parse(args).InvokeAsync();
}
