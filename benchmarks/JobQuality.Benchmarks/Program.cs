using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// The plan report benchmark builds the whole web app into its generated project: on two busy cores that takes longer
// than BenchmarkDotNet's default two minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(JobQuality.Benchmarks.ScoringBenchmarks).Assembly).Run(args, config);
