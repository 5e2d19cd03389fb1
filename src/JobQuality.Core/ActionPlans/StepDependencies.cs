namespace JobQuality.Core.ActionPlans;

/// <summary>"<see cref="StepId"/> waits on <see cref="DependsOnId"/>": the step cannot finish before the other.</summary>
public readonly record struct StepDependency(Guid StepId, Guid DependsOnId);

/// <summary>
/// The graph of which action steps wait on which: no loops (a loop means no step in it can ever start), and the
/// chokepoints, steps that many others wait on directly or through other steps, so a delay there holds up the plan.
/// </summary>
public sealed class StepDependencies
{
    /// <summary>A step is a chokepoint when at least this many other steps wait on it, directly or not.</summary>
    public const int ChokepointThreshold = 3;

    private readonly Dictionary<Guid, List<Guid>> _dependsOn = [];
    private readonly Dictionary<Guid, List<Guid>> _waitedOnBy = [];

    public StepDependencies(IEnumerable<StepDependency> dependencies)
    {
        foreach (var dependency in dependencies) Link(dependency);
    }

    /// <summary>
    /// The loop adding <paramref name="dependency"/> would close, as the steps in order starting with its step and
    /// ending with it again ([A, B, C, A]: A waits on B, B on C, C on A); null when it closes none. A step waiting on
    /// itself is a loop of one.
    /// </summary>
    public IReadOnlyList<Guid>? LoopIfAdded(StepDependency dependency)
    {
        // The new edge closes a loop when its step is reachable from the step it would wait on.
        var path = PathOfWaits(dependency.DependsOnId, dependency.StepId);
        return path is null ? null : [dependency.StepId, .. path];
    }

    /// <summary>The message for a refused dependency, naming the steps of the loop.</summary>
    public static string LoopMessage(IReadOnlyList<Guid> loop, Func<Guid, string> nameOf)
    {
        if (loop.Count <= 2) return $"A step cannot wait on itself (“{nameOf(loop[0])}”).";
        var chain = string.Concat(loop.Skip(2).Select(step => $", which waits on “{nameOf(step)}”"));
        return $"That would make a loop, so none of these steps could ever start: “{nameOf(loop[0])}” would wait on “{nameOf(loop[1])}”{chain}.";
    }

    /// <summary>How many steps wait on each step, directly or through other steps (steps no one waits on are absent).</summary>
    public IReadOnlyDictionary<Guid, int> WaitingCounts() =>
        _waitedOnBy.Keys.ToDictionary(step => step, step => Waiting(step).Count);

    /// <summary>The steps at least <see cref="ChokepointThreshold"/> others wait on, directly or not.</summary>
    public IReadOnlySet<Guid> Chokepoints() =>
        WaitingCounts().Where(c => c.Value >= ChokepointThreshold).Select(c => c.Key).ToHashSet();

    /// <summary>The steps <paramref name="step"/> waits on directly.</summary>
    public IReadOnlyList<Guid> DependsOn(Guid step) => _dependsOn.TryGetValue(step, out var list) ? list : [];

    private void Link(StepDependency dependency)
    {
        Add(_dependsOn, dependency.StepId, dependency.DependsOnId);
        Add(_waitedOnBy, dependency.DependsOnId, dependency.StepId);

        static void Add(Dictionary<Guid, List<Guid>> edges, Guid from, Guid to)
        {
            if (!edges.TryGetValue(from, out var list)) edges[from] = list = [];
            if (!list.Contains(to)) list.Add(to);
        }
    }

    /// <summary>Every step that waits on <paramref name="step"/>, directly or not (itself excluded).</summary>
    private HashSet<Guid> Waiting(Guid step)
    {
        var seen = new HashSet<Guid>();
        var next = new Stack<Guid>([step]);
        while (next.Count > 0)
        {
            foreach (var waiting in _waitedOnBy.GetValueOrDefault(next.Pop()) ?? [])
            {
                if (waiting != step && seen.Add(waiting)) next.Push(waiting);
            }
        }
        return seen;
    }

    /// <summary>A chain of waits from <paramref name="from"/> to <paramref name="to"/> (both included), breadth first so it is the shortest; null when none.</summary>
    private List<Guid>? PathOfWaits(Guid from, Guid to)
    {
        var cameFrom = new Dictionary<Guid, Guid> { [from] = from };
        var queue = new Queue<Guid>([from]);
        while (queue.Count > 0)
        {
            var step = queue.Dequeue();
            if (step == to)
            {
                var path = new List<Guid> { step };
                while (path[^1] != from) path.Add(cameFrom[path[^1]]);
                path.Reverse();
                return path;
            }
            foreach (var next in DependsOn(step))
            {
                if (cameFrom.TryAdd(next, step)) queue.Enqueue(next);
            }
        }
        return null;
    }
}
