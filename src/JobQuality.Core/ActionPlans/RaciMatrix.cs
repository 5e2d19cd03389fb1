namespace JobQuality.Core.ActionPlans;

/// <summary>A team member's part in one action step (the letters of a RACI matrix).</summary>
public enum RaciRole
{
    /// <summary>R: does the work. Every step needs at least one.</summary>
    Responsible,

    /// <summary>A: answers for the step being done (its sponsor). Every step needs exactly one.</summary>
    Accountable,

    /// <summary>C: asked for their view before the work is done.</summary>
    Consulted,

    /// <summary>I: kept up to date on progress.</summary>
    Informed,
}

/// <summary>One filled cell of the matrix: a member's role in a step.</summary>
public readonly record struct RaciAssignment(Guid StepId, Guid MemberId, RaciRole Role);

/// <summary>What is wrong with one step's column of the matrix.</summary>
public enum RaciProblemKind
{
    NoAccountable,
    SeveralAccountable,
    NoResponsible,
}

public sealed record RaciProblem(Guid StepId, RaciProblemKind Kind, string Message);

/// <summary>How much of the plan rests on one member: the steps they do (R) and answer for (A).</summary>
public sealed record RaciLoad(Guid MemberId, int Responsible, int Accountable)
{
    public int Total => Responsible + Accountable;
}

/// <summary>
/// The rules of a RACI matrix, checked live as cells change: every step has exactly one Accountable and at least one
/// Responsible. A member holds at most one letter per step (the matrix has one cell per step and member).
/// </summary>
public static class RaciMatrix
{
    public static char Letter(RaciRole role) => role switch
    {
        RaciRole.Responsible => 'R',
        RaciRole.Accountable => 'A',
        RaciRole.Consulted => 'C',
        _ => 'I',
    };

    public static string Describe(RaciRole role) => role switch
    {
        RaciRole.Responsible => "Responsible: does the work",
        RaciRole.Accountable => "Accountable: answers for it being done",
        RaciRole.Consulted => "Consulted: asked before the work is done",
        _ => "Informed: kept up to date",
    };

    /// <summary>
    /// The problems of each step, in the steps' order. <paramref name="stepNames"/> gives the steps (id → description
    /// as the team wrote it) so messages name them.
    /// </summary>
    public static IReadOnlyList<RaciProblem> Check(IReadOnlyList<(Guid Id, string Name)> stepNames, IEnumerable<RaciAssignment> assignments)
    {
        var byStep = assignments.ToLookup(a => a.StepId);
        var problems = new List<RaciProblem>();
        foreach (var (id, name) in stepNames)
        {
            var accountable = byStep[id].Count(a => a.Role == RaciRole.Accountable);
            if (accountable == 0)
            {
                problems.Add(new RaciProblem(id, RaciProblemKind.NoAccountable,
                    $"“{name}” has no one Accountable: choose the one person who answers for it."));
            }
            else if (accountable > 1)
            {
                problems.Add(new RaciProblem(id, RaciProblemKind.SeveralAccountable,
                    $"“{name}” has {accountable} people Accountable: keep one, so it is clear who answers for it."));
            }
            if (!byStep[id].Any(a => a.Role == RaciRole.Responsible))
            {
                problems.Add(new RaciProblem(id, RaciProblemKind.NoResponsible,
                    $"“{name}” has no one Responsible: name at least one person who will do the work."));
            }
        }
        return problems;
    }

    /// <summary>Each member's count of R and A, busiest first (members with no letter are listed with zeros).</summary>
    public static IReadOnlyList<RaciLoad> Load(IEnumerable<Guid> memberIds, IEnumerable<RaciAssignment> assignments)
    {
        var byMember = assignments.ToLookup(a => a.MemberId);
        return memberIds
            .Select(m => new RaciLoad(m, byMember[m].Count(a => a.Role == RaciRole.Responsible), byMember[m].Count(a => a.Role == RaciRole.Accountable)))
            .OrderByDescending(l => l.Total)
            .ToList();
    }
}
