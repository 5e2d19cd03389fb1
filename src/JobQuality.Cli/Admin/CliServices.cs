using JobQuality.Data;
using JobQuality.Data.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobQuality.Cli.Admin;

/// <summary>The database and account services for the administration commands, configured like the web app.</summary>
internal static class CliServices
{
    /// <summary>Who the audit columns name for changes made from the command line.</summary>
    public const string Operator = FixedCurrentUser.CommandLine;

    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new CliException(
                "No database is configured. Set ConnectionStrings__Default, for example: " +
                "export ConnectionStrings__Default='Host=127.0.0.1;Port=5433;Database=jobquality;Username=postgres'");
        }

        var services = new ServiceCollection();
        // Logs go to standard error: standard output is the command's result (jobquality baseline > baseline.json).
        services.AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentUser>(new FixedCurrentUser(Operator));
        services.AddJobQualityData(connectionString);
        services.AddJobQualityIdentityCore();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}

/// <summary>A failure to report to the operator as one clear line (exit code 1), without a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
