using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using JobQuality.Benchmarks.Live;

namespace JobQuality.Benchmarks;

/// <summary>
/// BenchmarkDotNet for everything (<c>--filter '*X*'</c>), except <c>live-latency [N]</c>: the latency of live updates
/// between two app instances, a distribution of single events rather than repeated calls (see Live/LiveLatencyBenchmark.cs).
/// Not top-level statements: their global <c>Program</c> would clash with the web app's, which the live benchmark hosts.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [LiveLatencyBenchmark.Command, .. var rest])
        {
            return await LiveLatencyBenchmark.RunAsync(rest);
        }

        // The plan report benchmark builds the whole web app into its generated project: on two busy cores that takes
        // longer than BenchmarkDotNet's default two minutes.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args, config);
        return 0;
    }
}
