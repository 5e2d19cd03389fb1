using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(JobQuality.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
