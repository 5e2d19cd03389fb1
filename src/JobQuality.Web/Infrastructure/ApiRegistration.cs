using JobQuality.Web.Features.ActionPlan;
using JobQuality.Web.Features.Activity;
using JobQuality.Web.Features.Admin;
using JobQuality.Web.Features.Baseline;
using JobQuality.Web.Features.Canvas;
using JobQuality.Web.Features.Challenges;
using JobQuality.Web.Features.Charge;
using JobQuality.Web.Features.Comments;
using JobQuality.Web.Features.Export;
using JobQuality.Web.Features.History;
using JobQuality.Web.Features.Inbox;
using JobQuality.Web.Features.Invitations;
using JobQuality.Web.Features.LivingWage;
using JobQuality.Web.Features.Pitch;
using JobQuality.Web.Features.Placements;
using JobQuality.Web.Features.Plans;
using JobQuality.Web.Features.Standards;
using JobQuality.Web.Features.Team;
using JobQuality.Web.Features.ValueProposition;
using JobQuality.Web.Features.Workbook;
using JobQuality.Web.Features.Worksheets;

namespace JobQuality.Web.Infrastructure;

public static class ApiRegistration
{
    public const string Prefix = "/api";

    /// <summary>
    /// Every API route needs a signed-in user; each handler then checks organization and plan membership.
    /// Writes take JSON, or text/csv for file imports (a cross-site form can send neither), and the session cookie is SameSite=Lax.
    /// Each feature's routes carry its tag in the OpenAPI document (<see cref="ApiTags"/>).
    /// </summary>
    public static void MapJobQualityApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).RequireAuthorization();
        api.Feature(ApiTags.Plans).MapPlanEndpoints();
        api.Feature(ApiTags.Admin).MapAdminEndpoints();
        api.Feature(ApiTags.Invitations).MapInvitationEndpoints();
        api.Feature(ApiTags.ValueProposition).MapValuePropositionEndpoints();
        api.Feature(ApiTags.Workbook).MapWorkbookAnswerEndpoints();
        api.Feature(ApiTags.Team).MapTeamEndpoints();
        api.Feature(ApiTags.Canvas).MapCanvasEndpoints();
        api.Feature(ApiTags.Pitch).MapPitchEndpoints();
        api.Feature(ApiTags.Challenges).MapChallengeEndpoints();
        api.Feature(ApiTags.ActionPlan).MapActionPlanEndpoints();
        api.Feature(ApiTags.Worksheets).MapWorksheetEndpoints();
        api.Feature(ApiTags.Charge).MapChargeEndpoints();
        api.Feature(ApiTags.History).MapHistoryEndpoints();
        api.Feature(ApiTags.Comments).MapCommentEndpoints();
        api.Feature(ApiTags.Inbox).MapInboxEndpoints();
        api.Feature(ApiTags.Activity).MapActivityEndpoints();
        api.Feature(ApiTags.Export).MapExportEndpoints();
        api.Feature(ApiTags.Placements).MapPlacementEndpoints();
        api.Feature(ApiTags.Baseline).MapBaselineSummaryEndpoint();
        api.Feature(ApiTags.Baseline).MapBaselineEndpoints();
        api.Feature(ApiTags.LivingWage).MapLivingWageEndpoints();
        api.Feature(ApiTags.Standards).MapStandardsEndpoints();
    }

    /// <summary>A group for one feature's routes (no extra path segment): everything mapped in it carries the feature's tag.</summary>
    public static RouteGroupBuilder Feature(this RouteGroupBuilder api, ApiTag tag) => api.MapGroup("").WithTags(tag.Name);
}

/// <summary>A feature's heading in the OpenAPI document and the interactive docs.</summary>
public sealed record ApiTag(string Name, string Description);

/// <summary>The features of the API, in the order the docs list them.</summary>
public static class ApiTags
{
    public static readonly ApiTag Plans = new("Plans", "An organization's plans: list, create, read, edit, archive and restore.");
    public static readonly ApiTag Workbook = new("Workbook", "Form answers of the workbook tools (foundations, charter, canvas mission), one per question.");
    public static readonly ApiTag ValueProposition = new("Value proposition", "A plan's value proposition and the sentence composed from it.");
    public static readonly ApiTag Team = new("Team", "A plan's team members and the balance findings.");
    public static readonly ApiTag Canvas = new("Canvas", "The Job Quality Canvas: items in nine squares.");
    public static readonly ApiTag Pitch = new("Pitch feedback", "Pitch sessions, their feedback on seven dimensions, and applying feedback to the canvas.");
    public static readonly ApiTag ActionPlan = new("Action plan", "Strategies and steps, the RACI matrix, waits between steps, and directors' approvals.");
    public static readonly ApiTag Challenges = new("Challenges", "The challenges register: obstacles, responses, owners and status.");
    public static readonly ApiTag Worksheets = new("Data worksheets", "Worksheet 1 (data needed), worksheet 2 (key differences and indicators) and the gap view.");
    public static readonly ApiTag Charge = new("Our charge", "Ad-Lib #2: the charge and its ordered first steps.");
    public static readonly ApiTag Export = new("Export", "The plan report as a PDF, and whether partners may download it.");
    public static readonly ApiTag History = new("History", "Every change of a plan, named snapshots, comparing and restoring.");
    public static readonly ApiTag Comments = new("Comments", "Comment threads on the elements of a plan: start, reply, edit, delete, resolve and reopen; mentions of plan members.");
    public static readonly ApiTag Inbox = new("Inbox", "Your notifications: mentions, replies, resolved and reopened threads, and invitations; unread count and marking read.");
    public static readonly ApiTag Activity = new("Activity", "A plan's activity: content changes and comment events, newest first.");
    public static readonly ApiTag Standards = new("Standards", "Numbered versions of an organization's job quality standards (the JSON of the scoring contract).");
    public static readonly ApiTag LivingWage = new("Living wage tables", "The living wage tables the standards measure pay against (CSV imports).");
    public static readonly ApiTag Placements = new("Placements", "Participant placements, imported as CSV (staff, directors and administrators only).");
    public static readonly ApiTag Baseline = new("Baseline", "The baseline: scored placements added up, broken down and suppressed (partners may read it).");
    public static readonly ApiTag Admin = new("Admin", "People of an organization and access to plans (administrators).");
    public static readonly ApiTag Invitations = new("Invitations", "Inviting coalition partners to a plan by email, the invitations' status, revoking them, and removing partners.");

    public static IReadOnlyList<ApiTag> All { get; } =
        [Plans, Workbook, ValueProposition, Team, Canvas, Pitch, Worksheets, Charge, ActionPlan, Challenges, Export, History, Comments, Inbox, Activity, Standards, LivingWage, Placements, Baseline, Admin, Invitations];
}
