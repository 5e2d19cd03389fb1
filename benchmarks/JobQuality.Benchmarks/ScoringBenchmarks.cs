using BenchmarkDotNet.Attributes;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Core.Scoring.Summary;

namespace JobQuality.Benchmarks;

/// <summary>
/// The scoring engine on an in-memory synthetic file (no disk): reading and typing placements, then the whole
/// path to a disaggregated summary. Rows per second = Rows / mean time.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private string _placements = "";
    private LivingWageTable _livingWages = default!;

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new SampleDataGenerator(seed: 7);
        var placements = new StringWriter();
        generator.WritePlacements(placements, Rows);
        _placements = placements.ToString();
        var livingWages = new StringWriter();
        generator.WriteLivingWages(livingWages);
        _livingWages = LivingWageTable.Read(new StringReader(livingWages.ToString())).Table!;
    }

    [Benchmark(Description = "Read and validate placements")]
    public int ReadPlacements()
    {
        var reader = new PlacementCsvReader(new StringReader(_placements), readAhead: true, reuseInstance: true);
        var count = 0;
        foreach (var _ in reader.ReadAll()) count++;
        return count;
    }

    [Benchmark(Description = "Read, score and summarise by race and age")]
    public ScoringSummary ScoreAndSummarize()
    {
        var standards = SampleDataGenerator.Standards();
        var engine = new ScoringEngine(standards, _livingWages);
        var summary = new SummaryBuilder(standards, ["race_ethnicity", "age"]);
        var statuses = new PrincipleStatus[standards.Used.Count];
        var reader = new PlacementCsvReader(new StringReader(_placements), readAhead: true, reuseInstance: true);
        foreach (var placement in reader.ReadAll())
        {
            var (classification, _) = engine.Classify(placement, statuses);
            summary.Add(placement, classification, statuses);
        }
        return summary.Build();
    }
}
