using JobQuality.Core.ActionPlans;

namespace JobQuality.Core.Tests.ActionPlans;

public sealed class StepDependenciesTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(), E = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Names = new() { [A] = "Agree standards", [B] = "Brief employers", [C] = "Collect data", [D] = "Draft report", [E] = "Evaluate" };

    [Fact]
    public void ADependencyClosingALoop_IsFound_WithTheStepsInOrder_AndTheMessageNamesThem()
    {
        var graph = new StepDependencies([new(A, B), new(B, C)]);

        var loop = graph.LoopIfAdded(new StepDependency(C, A));

        loop.ShouldBe([C, A, B, C]);
        StepDependencies.LoopMessage(loop!, id => Names[id]).ShouldBe(
            "That would make a loop, so none of these steps could ever start: “Collect data” would wait on “Agree standards”, " +
            "which waits on “Brief employers”, which waits on “Collect data”.");
    }

    [Fact]
    public void ADependencyThatClosesNoLoop_IsAllowed_EvenWhereChainsMeet()
    {
        var graph = new StepDependencies([new(A, B), new(B, C), new(D, C)]);

        graph.LoopIfAdded(new StepDependency(A, D)).ShouldBeNull();
        graph.LoopIfAdded(new StepDependency(E, A)).ShouldBeNull();
    }

    [Fact]
    public void AStepWaitingOnItself_IsALoopOfOne()
    {
        var loop = new StepDependencies([]).LoopIfAdded(new StepDependency(A, A));

        loop.ShouldBe([A, A]);
        StepDependencies.LoopMessage(loop!, id => Names[id]).ShouldBe("A step cannot wait on itself (“Agree standards”).");
    }

    [Fact]
    public void AStepThreeOthersWaitOn_DirectlyOrNot_IsAChokepoint()
    {
        // B and D wait on A; C waits on B, so on A too: three steps wait on A, one on B.
        var graph = new StepDependencies([new(B, A), new(D, A), new(C, B)]);

        graph.WaitingCounts().ShouldBe(new Dictionary<Guid, int> { [A] = 3, [B] = 1 }, ignoreOrder: true);
        graph.Chokepoints().ShouldBe([A]);
    }

    [Fact]
    public void TwoPathsToTheSameStep_CountItsWaitingStepsOnce()
    {
        // D waits on B and C, both wait on A: A holds up B, C and D — three, not four.
        var graph = new StepDependencies([new(B, A), new(C, A), new(D, B), new(D, C)]);

        graph.WaitingCounts()[A].ShouldBe(3);
        graph.Chokepoints().ShouldBe([A]);
    }
}
