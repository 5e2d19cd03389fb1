using JobQuality.Cli;

return await JobQualityCommandLine.RunAsync(args);
