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
