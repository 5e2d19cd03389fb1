using JobQuality.Core.Baseline;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Tests.Baseline;

public sealed class BaselineRollupBuilderTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly PrincipleStatus?[] EarningsMetOnly = [PrincipleStatus.Met, null, null, null, null, null, null, null];
    private static readonly PrincipleStatus?[] EarningsNotMet = [PrincipleStatus.NotMet, null, null, null, null, null, null, null];

    [Fact]
    public void PlacementsOfTheSameDayProgramCountyAndGroup_ShareACell_NamedByTheFirstImported()
    {
        var builder = new BaselineRollupBuilder(Guid.NewGuid(), ["sex"]);

        builder.Add(Day, "WIOA Adult", "29510", ["Female"], sequence: 7, Classification.Quality, EarningsMetOnly);
        builder.Add(Day, "WIOA Adult", "29510", ["Female"], sequence: 3, Classification.NotQuality, EarningsNotMet);
        builder.Add(Day, "WIOA Adult", "29510", ["Male"], sequence: 5, Classification.Incomplete, EarningsMetOnly);

        var female = builder.Cells.Single(c => c.Breakdown == "sex" && c.Group == "Female");
        (female.Placements, female.Quality, female.NotQuality, female.FirstSequence).ShouldBe((2, 1, 1, 3L));
        female.PrincipleCounts[BaselineRollup.IndexOf(Principle.Earnings, PrincipleStatus.Met)].ShouldBe(1);
        female.PrincipleCounts[BaselineRollup.IndexOf(Principle.Earnings, PrincipleStatus.NotMet)].ShouldBe(1);
        female.PrincipleCounts.Sum().ShouldBe(2);
        var all = builder.Cells.Single(c => c.Breakdown == BaselineRollup.AllPlacements);
        (all.Placements, all.Quality, all.NotQuality, all.FirstSequence).ShouldBe((3, 1, 1, 3L));
    }

    [Fact]
    public void ADifferentDayProgramOrCounty_StartsANewCell_SoFiltersSelectWholeCells()
    {
        var builder = new BaselineRollupBuilder(Guid.NewGuid(), ["sex"]);

        builder.Add(Day, "WIOA Adult", "29510", ["Female"], 1, Classification.Quality, EarningsMetOnly);
        builder.Add(Day.AddDays(1), "WIOA Adult", "29510", ["Female"], 2, Classification.Quality, EarningsMetOnly);
        builder.Add(Day, "Youth", "29510", ["Female"], 3, Classification.Quality, EarningsMetOnly);
        builder.Add(Day, "WIOA Adult", "29189", ["Female"], 4, Classification.Quality, EarningsMetOnly);

        builder.Cells.Count(c => c.Breakdown == "sex").ShouldBe(4);
        builder.Cells.Count(c => c.Breakdown == BaselineRollup.AllPlacements).ShouldBe(4);
    }
}
