using BenchmarkDotNet.Attributes;
using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Challenges;
using JobQuality.Core.Plans;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Web.Features.Export;
using JobQuality.Web.Features.History;

namespace JobQuality.Benchmarks;

/// <summary>
/// The plan report, from a plan's content to PDF bytes: wording it (<see cref="PlanReportBuilder.Build"/>) and laying it
/// out (<see cref="PlanReportPdf"/>), for a generated plan of about 30 pages (3 strategies of 20 steps, 8 members, a full
/// canvas, worksheets and challenges). Reading the plan from PostgreSQL is not included. Goal: ≤ 300 ms warm.
/// </summary>
[MemoryDiagnoser]
public class PlanReportBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private PlanContent _content = null!;

    [GlobalSetup]
    public void Setup()
    {
        _content = GeneratedPlan();
        using var stream = new MemoryStream();
        var pages = PlanReportPdf.WriteTo(Report(), stream);
        Console.WriteLine($"// Plan report: {pages} pages, {stream.Length / 1024:N0} KB");
    }

    [Benchmark(Description = "Word and lay out a 30-page plan report")]
    public long Render()
    {
        using var stream = new MemoryStream();
        PlanReportPdf.WriteTo(Report(), stream);
        return stream.Length;
    }

    private PlanReport Report() => PlanReportBuilder.Build(
        new ReportCover(Guid.Empty, "Benchmark plan", "Benchmark coalition, hosted at the job center", "Metro", "Healthcare", "Benchmark board",
            new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), "November 26, 2026", "The plan as it stood on November 26, 2026", null, null, false, null),
        _content, Today, baseline: null);

    private static PlanContent GeneratedPlan()
    {
        var random = new Random(7);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

        var members = Enumerable.Range(1, 8).Select(i => new PlanContent.Member(Guid.NewGuid(), $"Member {i}", Words(3), null,
            (OrganizationalType)(i % 5), (Persona)(i % 4), DecisionLevel.DirectLineToDecisionMaker, Words(8), null)).ToList();
        var strategies = Enumerable.Range(0, 3).Select(i => new PlanContent.StrategyContent(Guid.NewGuid(), Words(5), Words(15), null, i)).ToList();
        var steps = strategies.SelectMany(s => Enumerable.Range(0, 20).Select(i => new PlanContent.StepContent(Guid.NewGuid(), s.Id, i, Words(12), Words(6),
            Words(5), Words(5), Words(8), Today.AddDays(random.Next(-60, 300)), i % 4 == 0 ? Words(20) : "", (StepStatus)(i % 4)))).ToList();
        var raci = steps.SelectMany((s, i) => new[]
        {
            new PlanContent.RaciContent(s.Id, members[i % 8].Id, RaciRole.Accountable),
            new PlanContent.RaciContent(s.Id, members[(i + 3) % 8].Id, RaciRole.Responsible),
            new PlanContent.RaciContent(s.Id, members[(i + 5) % 8].Id, RaciRole.Informed),
        }).ToList();
        var waits = steps.Skip(1).Where((_, i) => i % 3 == 0).Select((s, i) => new PlanContent.WaitContent(s.Id, steps[i].Id)).ToList();
        var answers = new[] { Foundations.Form, ProjectCharter.Form, Governance.Form }
            .SelectMany(f => f.Fields.Where(x => x.Kind != FieldKind.Check).Select(x => new PlanContent.Answer(f.ToolKey, x.Key, Words(30)))).ToList();
        var items = Enum.GetValues<CanvasSquare>().SelectMany(sq => Enumerable.Range(0, 5).Select(i => new PlanContent.Item(Guid.NewGuid(), sq, Words(7), i))).ToList();
        var needs = Enumerable.Range(0, 20).Select(i => new PlanContent.Need(Guid.NewGuid(), (DataPurpose)(i % 2), Words(5), (DataAvailability)(i % 4), $"Holder {i % 3}", Words(4), i)).ToList();
        var differences = Enumerable.Range(0, 6).Select(i => new PlanContent.Difference(Guid.NewGuid(), Words(10), Words(10), i)).ToList();
        var indicators = differences.SelectMany(d => new[]
        {
            new PlanContent.Indicator(Guid.NewGuid(), d.Id, IndicatorKind.Process, Words(8), 0),
            new PlanContent.Indicator(Guid.NewGuid(), d.Id, IndicatorKind.Change, Words(8), 1),
        }).ToList();
        var challenges = Enumerable.Range(0, 10).Select(i => new PlanContent.ChallengeEntry(Guid.NewGuid(), Words(6), Words(30), Words(10),
            ChallengeStatus.Open, members[i % 8].Id, null)).ToList();
        return new PlanContent(new PlanContent.Details("Benchmark plan", "Benchmark coalition", "Metro", "Healthcare"),
            new PlanContent.Proposition(Words(12), Words(12), Words(12), Words(20), [Lever.Procurement, Lever.HrPractices]),
            answers, members, items, needs, differences, indicators, [.. Enumerable.Range(0, 5).Select(i => new PlanContent.Step(Guid.NewGuid(), Words(8), i))],
            [], [], challenges, new PlanContent.ActionPlanContent(strategies, steps, raci, waits));
    }

    private static readonly string[] Vocabulary =
    [
        "quality", "jobs", "workforce", "board", "placement", "wage", "benefits", "schedule", "career", "training", "employer",
        "partners", "equity", "outcomes", "measure", "the", "and", "of", "with", "for", "county", "agency", "aides", "contract",
    ];
}
