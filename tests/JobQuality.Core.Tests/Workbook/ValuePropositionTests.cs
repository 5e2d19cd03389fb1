using JobQuality.Core.Workbook;

namespace JobQuality.Core.Tests.Workbook;

public sealed class ValuePropositionTests
{
    [Fact]
    public void Sentence_WithEveryPartFilled_ReadsAsTheAdLib()
    {
        var proposition = new ValueProposition
        {
            TargetCustomers = "home health aides in Metro County",
            PainPoints = "escape unpredictable schedules",
            Aspirations = "build stable careers.",
            Strategies = "working with employers on scheduling standards",
            Levers = [Lever.Procurement, Lever.HrPractices],
        };

        proposition.Sentence().ShouldBe(
            "Our job quality work aims to help home health aides in Metro County to escape unpredictable schedules and build stable careers " +
            "by working with employers on scheduling standards. The primary levers we will use are procurement and HR practices.");
        proposition.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void Sentence_WithBlankParts_ShowsWhatIsStillMissing()
    {
        var proposition = new ValueProposition { TargetCustomers = "young adults" };

        proposition.Sentence().ShouldBe(
            "Our job quality work aims to help young adults to [reduce which pain points] and [achieve which aspirations] " +
            "by [how: our key strategies]. The primary levers we will use are [the levers we will pull].");
        proposition.IsComplete.ShouldBeFalse();
    }

    [Theory]
    [InlineData(new[] { Lever.Policy }, "The primary lever we will use is policy.")]
    [InlineData(new[] { Lever.Policy, Lever.Empowerment, Lever.EducationAndEnforcement }, "The primary levers we will use are policy, empowerment and education and enforcement.")]
    public void Sentence_NamesTheLeversInPlainWords(Lever[] levers, string ending)
    {
        new ValueProposition { Levers = [.. levers] }.Sentence().ShouldEndWith(ending);
    }

    [Fact]
    public void Sentence_ReadsListsTypedOnLinesOrAfterSemicolonsAsOneList()
    {
        var proposition = new ValueProposition
        {
            TargetCustomers = "Home health aides; CNAs placed through WIOA\nReturning caregivers",
            Strategies = "OJT contract criteria; A scheduling pilot\nCNAs as mentors",
        };

        proposition.Sentence().ShouldStartWith("Our job quality work aims to help home health aides, CNAs placed through WIOA and returning caregivers to ");
        proposition.Sentence().ShouldContain(" by OJT contract criteria, a scheduling pilot and CNAs as mentors.");
    }

    [Fact]
    public void Progress_FollowsWhatIsFilledIn()
    {
        new ValueProposition().Progress.ShouldBe(Plans.ToolProgress.NotStarted);
        new ValueProposition { PainPoints = "low pay" }.Progress.ShouldBe(Plans.ToolProgress.InProgress);
        new ValueProposition { Levers = [Lever.Policy] }.Progress.ShouldBe(Plans.ToolProgress.InProgress);
        new ValueProposition { TargetCustomers = "a", PainPoints = "b", Aspirations = "c", Strategies = "d", Levers = [Lever.Policy] }
            .Progress.ShouldBe(Plans.ToolProgress.Done);
    }

    [Fact]
    public void LeverList_RoundTripsAndIgnoresUnknownNames()
    {
        LeverList.Parse("Policy, Procurement, Nonsense, Policy").ShouldBe([Lever.Procurement, Lever.Policy]);
        LeverList.Format([Lever.HrPractices, Lever.Procurement]).ShouldBe("Procurement, HrPractices");
        LeverList.Parse("").ShouldBeEmpty();
    }
}
