using JobQuality.Core.Team;

namespace JobQuality.Web.Features.Team;

/// <summary>What the team tool's choices are called on screen, and what each one means, in plain words.</summary>
public static class TeamText
{
    public static string Name(this OrganizationalType type) => type switch
    {
        OrganizationalType.WorkforceDevelopment => "Workforce development",
        OrganizationalType.WorkerVoiceOrRepresentation => "Worker voice or representation",
        OrganizationalType.Industry => "Industry",
        OrganizationalType.Government => "Government",
        OrganizationalType.CommunityBasedOrganization => "Community-based organization",
        _ => type.ToString(),
    };

    public static string Meaning(this OrganizationalType type) => type switch
    {
        OrganizationalType.WorkforceDevelopment => "Workforce boards, training providers, colleges and job centers that prepare and place workers.",
        OrganizationalType.WorkerVoiceOrRepresentation => "Unions, worker centers and groups that speak for workers themselves.",
        OrganizationalType.Industry => "Employers, business associations and chambers of commerce.",
        OrganizationalType.Government => "City, county, state or federal agencies and elected offices.",
        OrganizationalType.CommunityBasedOrganization => "Local nonprofits, faith groups and service providers that know the community.",
        _ => "",
    };

    public static string Name(this Persona persona) => persona switch
    {
        Persona.Powerbroker => "Powerbroker",
        Persona.Advocate => "Advocate",
        Persona.Connector => "Connector",
        Persona.Convener => "Convener",
        _ => persona.ToString(),
    };

    public static string Meaning(this Persona persona) => persona switch
    {
        Persona.Powerbroker => "Can get things approved: knows who says yes and gives the work cover.",
        Persona.Advocate => "Raises issues, carries workers' own voices, and spreads the plan beyond the room.",
        Persona.Connector => "Knows everyone and brings the right people and organizations in.",
        Persona.Convener => "Hosts and runs the meetings and keeps the team on schedule.",
        _ => "",
    };

    public static string Name(this DecisionLevel level) => level switch
    {
        DecisionLevel.DecisionMaker => "Decision-maker",
        DecisionLevel.DirectLineToDecisionMaker => "Direct line to a decision-maker",
        DecisionLevel.Neither => "Neither",
        _ => level.ToString(),
    };

    public static string Meaning(this DecisionLevel level) => level switch
    {
        DecisionLevel.DecisionMaker => "Can commit their organization's money, staff or policy themselves.",
        DecisionLevel.DirectLineToDecisionMaker => "Reports to, or can readily reach, the person who decides.",
        DecisionLevel.Neither => "Cannot commit their organization and has no ready way to reach whoever can.",
        _ => "",
    };

    /// <summary>Parses a choice by its name ("Convener"); numbers and unknown names are refused.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var parsed = Core.Common.EnumNames.Parse<T>(text);
        value = parsed ?? default;
        return parsed.HasValue;
    }
}
