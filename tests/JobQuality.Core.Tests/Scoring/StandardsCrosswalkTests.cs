using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Tests.Scoring;

public sealed class StandardsCrosswalkTests
{
    [Fact]
    public void Frameworks_AreTheThreeOfTheDomainBrief_WithTheirParts()
    {
        StandardsCrosswalk.Frameworks.Select(f => f.Parts.Count).ShouldBe([8, 4, 7]);
        StandardsCrosswalk.JffQualityJobs.Parts.ShouldBe(["Compensation", "Advancement", "Agency and culture", "Structure"]);
    }

    [Fact]
    public void EveryMappedPart_IsAPartOfItsFramework()
    {
        foreach (var framework in StandardsCrosswalk.Frameworks)
        {
            foreach (var principle in Enum.GetValues<Principle>())
            {
                StandardsCrosswalk.PartsFor(principle, framework).ShouldAllBe(part => framework.Parts.Contains(part));
            }
        }
    }

    [Fact]
    public void EveryPrinciple_MapsToAtLeastOnePartOfTheGoodJobsPrinciplesAndJff()
    {
        foreach (var principle in Enum.GetValues<Principle>())
        {
            StandardsCrosswalk.PartsFor(principle, StandardsCrosswalk.DolGoodJobs).ShouldNotBeEmpty(principle.ToString());
            StandardsCrosswalk.PartsFor(principle, StandardsCrosswalk.JffQualityJobs).ShouldNotBeEmpty(principle.ToString());
        }
    }

    [Fact]
    public void Gaps_OnlyEquitableHiringIsLeftUncovered()
    {
        StandardsCrosswalk.Uncovered(StandardsCrosswalk.DolGoodJobs).ShouldBe(["Equitable recruitment and hiring"]);
        StandardsCrosswalk.Uncovered(StandardsCrosswalk.JffQualityJobs).ShouldBeEmpty();
        StandardsCrosswalk.Uncovered(StandardsCrosswalk.DolClusters).ShouldBeEmpty();
    }

    [Fact]
    public void Earnings_IsPayInEveryFramework()
    {
        StandardsCrosswalk.PartsFor(Principle.Earnings, StandardsCrosswalk.DolGoodJobs).ShouldBe(["Pay"]);
        StandardsCrosswalk.PartsFor(Principle.Earnings, StandardsCrosswalk.JffQualityJobs).ShouldBe(["Compensation"]);
        StandardsCrosswalk.PartsFor(Principle.Earnings, StandardsCrosswalk.DolClusters).ShouldBe(["Pay equity"]);
    }
}
