namespace JobQuality.Core.Workbook;

/// <summary>The five levers for change a coalition can pull.</summary>
public enum Lever
{
    Procurement,
    Empowerment,
    Policy,
    HrPractices,

    /// <summary>Also called Monitoring and Enforcement: the same lever.</summary>
    EducationAndEnforcement,
}

public static class Levers
{
    public static string DisplayName(this Lever lever) => lever switch
    {
        Lever.Procurement => "procurement",
        Lever.Empowerment => "empowerment",
        Lever.Policy => "policy",
        Lever.HrPractices => "HR practices",
        Lever.EducationAndEnforcement => "education and enforcement",
        _ => lever.ToString(),
    };
}

/// <summary>Levers stored as text (in a form answer): their names, in the order of the five levers, separated by commas.</summary>
public static class LeverList
{
    public static IReadOnlyList<Lever> Parse(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Common.EnumNames.Parse<Lever>)
            .OfType<Lever>()
            .Distinct()
            .Order()
            .ToList();

    public static string Format(IEnumerable<Lever> levers) => string.Join(", ", levers.Distinct().Order());
}
