using JobQuality.Core.ActionPlans;

namespace JobQuality.Core.Tests.ActionPlans;

public sealed class RaciMatrixTests
{
    private static readonly Guid Survey = Guid.NewGuid(), Pilot = Guid.NewGuid();
    private static readonly Guid Ana = Guid.NewGuid(), Ben = Guid.NewGuid(), Cal = Guid.NewGuid();
    private static readonly (Guid, string)[] Steps = [(Survey, "Survey employers"), (Pilot, "Run the pilot")];

    [Fact]
    public void AStepWithOneAccountableAndAResponsible_HasNoProblem()
    {
        var problems = RaciMatrix.Check(Steps,
        [
            new(Survey, Ana, RaciRole.Accountable), new(Survey, Ben, RaciRole.Responsible), new(Survey, Cal, RaciRole.Informed),
            new(Pilot, Ben, RaciRole.Accountable), new(Pilot, Ben, RaciRole.Responsible),
        ]);

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void MissingOrDoubleLetters_AreEachListed_NamingTheStep()
    {
        var problems = RaciMatrix.Check(Steps,
        [
            new(Survey, Ana, RaciRole.Accountable), new(Survey, Ben, RaciRole.Accountable), new(Survey, Cal, RaciRole.Consulted),
        ]);

        problems.Select(p => (p.StepId, p.Kind)).ShouldBe(
        [
            (Survey, RaciProblemKind.SeveralAccountable), (Survey, RaciProblemKind.NoResponsible),
            (Pilot, RaciProblemKind.NoAccountable), (Pilot, RaciProblemKind.NoResponsible),
        ]);
        problems[0].Message.ShouldContain("“Survey employers” has 2 people Accountable");
        problems[2].Message.ShouldContain("“Run the pilot” has no one Accountable");
    }

    [Fact]
    public void Load_CountsResponsibleAndAccountable_BusiestFirst_AndListsIdleMembers()
    {
        var load = RaciMatrix.Load([Ana, Ben, Cal],
        [
            new(Survey, Ana, RaciRole.Accountable), new(Survey, Ben, RaciRole.Responsible),
            new(Pilot, Ben, RaciRole.Accountable), new(Pilot, Cal, RaciRole.Consulted),
        ]);

        load.ShouldBe([new RaciLoad(Ben, 1, 1), new RaciLoad(Ana, 0, 1), new RaciLoad(Cal, 0, 0)]);
    }
}
