using JobQuality.Core.ActionPlans;
using JobQuality.Core.Canvas;
using JobQuality.Core.Challenges;
using JobQuality.Core.Pitch;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;
using JobQuality.Core.Worksheets;
using JobQuality.Data;
using Microsoft.EntityFrameworkCore;

namespace JobQuality.Web.Infrastructure;

/// <summary>
/// A finished, fictional workbook for the demo plan, so a newcomer sees what the tools look like when a coalition has
/// worked through them. Every person and organization in it is invented.
/// </summary>
public static class ExamplePlan
{
    /// <summary>Fills the plan's tools, unless anyone has already written in them.</summary>
    public static async Task FillAsync(AppDbContext db, Guid planId, CancellationToken ct = default)
    {
        var started = await db.WorkbookAnswers.AnyAsync(a => a.PlanId == planId, ct)
            || await db.ValuePropositions.AnyAsync(v => v.PlanId == planId, ct)
            || await db.TeamMembers.AnyAsync(m => m.PlanId == planId, ct)
            || await db.CanvasItems.AnyAsync(i => i.PlanId == planId, ct);
        if (started) return;

        foreach (var (tool, answers) in Answers)
        {
            db.WorkbookAnswers.AddRange(answers.Select(a => new WorkbookAnswer { PlanId = planId, ToolKey = tool, FieldKey = a.Key, Text = a.Value }));
        }
        db.ValuePropositions.Add(new ValueProposition
        {
            PlanId = planId,
            TargetCustomers = "Home health aides and certified nursing assistants placed through WIOA Adult; jobseekers returning to work after caregiving",
            PainPoints = "cut down on last-minute schedule changes, wages below what a household needs and jobs that lead nowhere",
            Aspirations = "earn a living wage with hours they can plan around and a clear step up to licensed practical nurse",
            Strategies = "Job quality criteria in our on-the-job training contracts; An employer cohort that pilots predictable scheduling; A paid bridge program from CNA to LPN",
            Levers = [Lever.Procurement, Lever.HrPractices, Lever.EducationAndEnforcement],
        });
        var team = Team(planId);
        db.TeamMembers.AddRange(team);
        AddWorksheets(db, planId);
        db.CanvasItems.AddRange(Canvas.SelectMany(square => square.Value.Select((text, position) =>
            new CanvasItem { PlanId = planId, Square = square.Key, Text = text, Position = position })));
        await db.SaveChangesAsync(ct);
        await AddPitchesAsync(db, planId, ct);
        AddChallenges(db, planId, team);
        await AddActionPlanAsync(db, planId, team, ct);
        // Members back each other up in pairs: set once all of them exist, as a cycle cannot be inserted in one go.
        for (var i = 0; i < team.Count; i += 2)
        {
            team[i].BackupMemberId = team[i + 1].Id;
            team[i + 1].BackupMemberId = team[i].Id;
        }
        await db.SaveChangesAsync(ct);
    }

    private static readonly Dictionary<string, Dictionary<string, string>> Answers = new()
    {
        [Foundations.ToolKey] = new()
        {
            ["standards"] = "Metro County minimum wage is $16.50 an hour. Lakeside County follows the state minimum. The state's home care worker registry requires 75 hours of training. No local scheduling ordinance covers home care.",
            ["commitments"] = "The board's 2025–2028 local plan names \"good jobs in growing sectors\" as a goal. The regional hospital system signed the county's fair-chance hiring pledge in 2024.",
            ["labor-market"] = "Healthcare support was 31% of WIOA Adult placements last program year. Median starting pay for home health aides in our placements was $15.10 an hour, below the county living wage for one adult ($21.40). Turnover in the first 90 days is about 40%.",
            ["what-it-means"] = "In our listening sessions, aides said \"knowing my hours two weeks ahead\" and \"a raise I can see coming\" more often than pay alone. Career coaches said placements that fail usually fail over schedules and childcare.",
            ["policies"] = "Our performance measures reward the number of placements and second-quarter employment, not wages or retention past a year. OJT contracts set a wage floor of the state minimum only.",
            ["links"] = "https://example.org/metro-local-plan-2025\nhttps://example.org/living-wage/metro-county\nhttps://example.org/listening-sessions-summary",
            ["controls"] = "Which employers get on-the-job training and incumbent worker contracts, and on what terms; how our career coaches screen job orders; what we report to the board.",
            ["influences"] = "Scheduling practices at the three largest home care agencies; the community college's CNA-to-LPN bridge schedule; the county's purchasing rules for home care.",
            ["neither"] = "State Medicaid reimbursement rates for home care, which cap what agencies say they can pay.",
            ["levers"] = "Procurement, HrPractices, EducationAndEnforcement",
            ["goals"] = "By June 2027, every OJT contract in healthcare pays at least the county living wage for one adult. By December 2027, 60% of healthcare placements meet our job quality standards, up from 22%.",
            ["equity"] = "Women of color hold most home health aide jobs in our region and are most often placed below the living wage. Raising the floor in the contracts we control lifts those placements first.",
        },
        [ProjectCharter.ToolKey] = new()
        {
            ["values"] = "Workers' own experience counts as evidence. Transparency about results, including bad ones. No quality standard we would not accept for our own families.",
            ["vision"] = "Every healthcare support job we help fill pays a living wage, comes with a schedule people can plan a life around, and leads somewhere.",
            ["members"] = "The board convenes and keeps the schedule; the employers' association brings agencies to the table; the caregivers' union brings worker voice; the college owns the bridge program; the county purchasing office advises on contract terms.",
            ["stakeholders"] = "Home care agency owners, hospital HR, the county health department, participants who recently completed training.",
            ["inclusion"] = "At least two seats at every meeting are held for current or recent aides, paid for their time. Materials are available in Spanish and Vietnamese.",
            ["channels"] = "A shared folder for documents, a monthly email update, and a group chat for quick questions.",
            ["meetings"] = "Second Tuesday of each month, 9:00–10:30, at the Downtown American Job Center or online. Agenda a week ahead from the board.",
            ["decisions"] = "Consensus first; if the team is split after two meetings, a majority of member organizations decides, one vote each.",
            ["initial-goals"] = "Adopt job quality criteria for healthcare OJT contracts by March 2027. Recruit five agencies to a scheduling pilot by April 2027.",
            ["metrics"] = "Share of healthcare placements meeting the standards; median starting wage; 12-month retention; number of employers in the pilot.",
            ["accountability"] = "Each member reports on their actions at the monthly meeting. Anything two months late goes to the board's workforce committee.",
            ["process"] = "Raise it with the convener first; if unresolved, a facilitated conversation with the two organizations' leads; then the full team.",
            ["feedback"] = "An anonymous form linked from every agenda, and a standing item for worker members to raise concerns first.",
            ["review"] = "Every six months, and whenever a member organization changes its representative.",
            ["flexibility"] = "Any member can propose a change to the plan; the team decides at the next meeting. Goals can move, the values cannot.",
        },
        [JobQualityCanvas.ToolKey] = new()
        {
            [JobQualityCanvas.MissionField] = "making a living wage, predictable schedules and a path to nursing the standard for every healthcare support job we help fill.",
        },
        [DataWorksheets.ToolKey] = new()
        {
            ["shift-impact"] = DataWorksheets.Checked,
            ["shift-impact-notes"] = "We will report the share of placements that meet the standards next to the placement count, starting with the healthcare sector.",
            ["shift-context"] = DataWorksheets.Checked,
            ["shift-context-notes"] = "Pair our case records with state wage records and the county living wage table.",
            ["shift-voice"] = DataWorksheets.Checked,
            ["shift-voice-notes"] = "The union runs two listening sessions a year with aides; we add a short exit survey at 90 days.",
            ["shift-disaggregated"] = DataWorksheets.Checked,
            ["shift-disaggregated-notes"] = "Break every result down by race and ethnicity, sex and county; withhold groups too small to show.",
            ["shift-sharing-notes"] = "Not yet: agencies are wary of sharing schedule data. Start with an agreement covering the pilot agencies only.",
            ["shift-longitudinal-notes"] = "Retention at 12 months needs wage records a year on; the state data office can match them.",
            [DataWorksheets.ShareField] = "Starting wages of healthcare placements, shared quarterly with the employers' association and the union.",
            [DataWorksheets.CollectField] = "How far ahead pilot agencies post schedules, collected monthly from the five pilot agencies.",
            [DataWorksheets.TrackField] = "Share of healthcare placements meeting the job quality standards, reported to the board every quarter.",
        },
        [OurCharge.ToolKey] = new()
        {
            [OurCharge.ChargeField] = "We will make a living wage, a schedule people can plan around and a path to nursing the norm for the healthcare support jobs our board helps fill.",
            [OurCharge.ExcitedField] = "A county where home care is a career people choose; agencies competing on job quality; the bridge program becoming a standing offer of the college",
            [OurCharge.DifferentField] = "aides will earn enough to stay in the work, know their hours ahead and see a way up",
        },
        [Governance.ToolKey] = new()
        {
            ["review-body"] = "The board's workforce committee reviews progress, with the coalition's convener, the union and the employers' association at the table. The committee vice-chair chairs.",
            ["cadence"] = "Quarterly, in the month after placement data is refreshed; an extra review if any goal falls two quarters behind.",
            ["plan"] = "Each quarter the team sets two or three actions from the action plan and the indicator each should move.",
            ["do"] = "Owners carry out the actions and log what happened in the shared folder, including what did not go to plan.",
            ["check"] = "The analyst prepares the baseline dashboard and the pilot's schedule data; the union summarizes what aides said.",
            ["act"] = "The committee keeps, adjusts or drops each action by consensus and records the decision in its minutes.",
            ["public-report"] = "A one-page progress report on the board's website each June, presented at the public board meeting, with results by group where groups are large enough to show.",
        },
    };

    /// <summary>Worksheet rows, key differences with indicators, and first steps; the charge picks the change indicators.</summary>
    private static void AddWorksheets(AppDbContext db, Guid planId)
    {
        DataNeed Need(DataPurpose purpose, int position, string type, DataAvailability availability, string holder, string location) =>
            new() { PlanId = planId, Purpose = purpose, Position = position, DataType = type, Availability = availability, Holder = holder, Location = location };

        db.DataNeeds.AddRange(
            Need(DataPurpose.Baseline, 0, "Starting wages of healthcare placements", DataAvailability.HaveIt, "", "Our case management system (WIOA Adult)"),
            Need(DataPurpose.Baseline, 1, "County living wage by household type", DataAvailability.HaveIt, "", "Living wage table loaded in JobQuality"),
            Need(DataPurpose.Baseline, 2, "Scheduling practices at home care agencies", DataAvailability.HeldBy, "Lakeside Home Care Employers Association", "Member agencies' HR systems"),
            Need(DataPurpose.Baseline, 3, "What aides say makes a job good or bad", DataAvailability.HeldBy, "Caregivers United, Local 88", "Listening session notes"),
            Need(DataPurpose.Change, 0, "Wages 12 months after placement", DataAvailability.HeldBy, "State Department of Labor", "UI wage records"),
            Need(DataPurpose.Change, 1, "Schedules posted two weeks ahead in pilot agencies", DataAvailability.DoesNotExist, "", "To be collected from pilot agencies"),
            Need(DataPurpose.Change, 2, "Progression from CNA to LPN", DataAvailability.HeldBy, "Metro Community College", "Student records"),
            Need(DataPurpose.Change, 3, "Aides' own account of their schedules and prospects", DataAvailability.DoesNotExist, "", "A 90-day exit survey we will design"));

        var wages = new KeyDifference { PlanId = planId, Position = 0, Difference = "healthcare placements pay enough to live on", Evidence = "more starting wages at or above the county living wage" };
        var schedules = new KeyDifference { PlanId = planId, Position = 1, Difference = "schedules became predictable", Evidence = "pilot agencies posting schedules two weeks ahead and fewer early quits" };
        db.KeyDifferences.AddRange(wages, schedules);
        SuccessIndicator Indicator(KeyDifference difference, IndicatorKind kind, int position, string text) =>
            new() { PlanId = planId, KeyDifferenceId = difference.Id, Kind = kind, Position = position, Text = text };
        var wageShare = Indicator(wages, IndicatorKind.Change, 0, "share of healthcare placements at or above the living wage (22% today)");
        var retention = Indicator(schedules, IndicatorKind.Change, 0, "12-month retention of placed aides");
        db.SuccessIndicators.AddRange(
            Indicator(wages, IndicatorKind.Process, 0, "number of OJT contracts with the new wage floor"),
            wageShare,
            Indicator(schedules, IndicatorKind.Process, 0, "number of agencies in the scheduling pilot"),
            retention);
        db.WorkbookAnswers.Add(new WorkbookAnswer
        {
            PlanId = planId,
            ToolKey = OurCharge.ToolKey,
            FieldKey = OurCharge.IndicatorsField,
            Text = OurCharge.FormatIndicators([wageShare.Id, retention.Id]),
        });
        db.FirstSteps.AddRange(new[]
        {
            "Adopt job quality criteria for healthcare OJT contracts",
            "Recruit five agencies to the scheduling pilot",
            "Sign a data-sharing agreement with the state for wage records",
            "Design the 90-day exit survey with the union",
        }.Select((text, position) => new FirstStep { PlanId = planId, Text = text, Position = position }));
    }

    /// <summary>Six members, listed in backup pairs.</summary>
    private static List<TeamMember> Team(Guid planId)
    {
        TeamMember Member(string name, string organization, string contact, OrganizationalType type, Persona persona, DecisionLevel level, string role) =>
            new() { PlanId = planId, Name = name, Organization = organization, Contact = contact, OrganizationalType = type, Persona = persona, DecisionLevel = level, Role = role };

        var rosa = Member("Rosa Delgado", "Metro Area Workforce Development Board", "rosa.delgado@example.org", OrganizationalType.WorkforceDevelopment,
            Persona.Convener, DecisionLevel.DecisionMaker, "Convenes the team, keeps the schedule, owns the OJT contract terms");
        var marcus = Member("Marcus Bell", "Metro Area Workforce Development Board", "marcus.bell@example.org", OrganizationalType.WorkforceDevelopment,
            Persona.Connector, DecisionLevel.DirectLineToDecisionMaker, "Business services lead: brings employers in");
        var linh = Member("Linh Tran", "Caregivers United, Local 88", "linh.tran@example.org", OrganizationalType.WorkerVoiceOrRepresentation,
            Persona.Advocate, DecisionLevel.DecisionMaker, "Brings worker voice and recruits aides to the listening sessions");
        var janet = Member("Janet Okafor", "Lakeside Home Care Employers Association", "janet.okafor@example.org", OrganizationalType.Industry,
            Persona.Powerbroker, DecisionLevel.DecisionMaker, "Opens doors with agency owners and runs the scheduling pilot");
        var david = Member("David Cho", "Metro County Purchasing Office", "david.cho@example.org", OrganizationalType.Government,
            Persona.Powerbroker, DecisionLevel.DirectLineToDecisionMaker, "Advises on contract language the county can adopt");
        var amina = Member("Amina Yusuf", "Eastside Community Action", "amina.yusuf@example.org", OrganizationalType.CommunityBasedOrganization,
            Persona.Advocate, DecisionLevel.DirectLineToDecisionMaker, "Reaches jobseekers returning after caregiving, runs wraparound support");
        return [rosa, marcus, linh, amina, janet, david];
    }

    private static readonly Dictionary<CanvasSquare, string[]> Canvas = new()
    {
        [CanvasSquare.KeyPartners] = ["Lakeside Home Care Employers Association", "Caregivers United, Local 88", "Metro Community College nursing program", "Metro County Purchasing Office"],
        [CanvasSquare.KeyStrategies] = ["Job quality criteria in OJT contracts", "Employer cohort piloting predictable scheduling", "Paid CNA-to-LPN bridge program", "Lever: procurement"],
        [CanvasSquare.KeyAssets] = ["$1.2M in WIOA OJT funds each year", "Placement records for 1,900 healthcare placements", "Trust with agency owners built through the sector partnership"],
        [CanvasSquare.BudgetAndCost] = ["Wage top-up for pilot employers: about $180,000", "Bridge program stipends: $2,500 per learner", "Staff time: 0.5 FTE for the convener"],
        [CanvasSquare.ExtendedValuePropositions] = ["Agencies: lower turnover and hiring costs", "College: fuller LPN cohorts", "County: fewer workers needing public assistance"],
        [CanvasSquare.BuyInAndSupport] = ["Board workforce committee endorsement in January", "Two agency owners willing to speak at the employer breakfast", "Union member testimony at the county board"],
        [CanvasSquare.ImplementationAndLaunch] = ["New OJT contract terms from March 2027", "Scheduling pilot with five agencies from April 2027", "First bridge cohort in fall 2027"],
        [CanvasSquare.ImpactMeasures] = ["Share of healthcare placements meeting the standards (22% today)", "Median starting wage", "12-month retention", "Schedules posted two weeks ahead in pilot agencies"],
        [CanvasSquare.Beneficiaries] = ["Home health aides and CNAs placed through WIOA Adult", "Jobseekers returning to work after caregiving"],
    };

    /// <summary>Two pitches with feedback on several dimensions; two pieces already changed the canvas (one new item, one reworded).</summary>
    private static async Task AddPitchesAsync(AppDbContext db, Guid planId, CancellationToken ct)
    {
        var employers = new PitchSession { PlanId = planId, Audience = "Employer breakfast: six home care agency owners", HeldOn = new DateOnly(2026, 10, 8) };
        var aides = new PitchSession { PlanId = planId, Audience = "Listening session with home health aides and CNAs", HeldOn = new DateOnly(2026, 10, 22) };
        db.PitchSessions.AddRange(employers, aides);

        var items = await db.CanvasItems.Where(i => i.PlanId == planId).ToListAsync(ct);
        var mentor = new CanvasItem
        {
            PlanId = planId,
            Square = CanvasSquare.BuyInAndSupport,
            Text = "Agency owners who already post schedules early mentor the pilot agencies",
            Position = items.Count(i => i.Square == CanvasSquare.BuyInAndSupport),
        };
        db.CanvasItems.Add(mentor);
        var bridge = items.Single(i => i.Square == CanvasSquare.ImplementationAndLaunch && i.Text.StartsWith("First bridge cohort", StringComparison.Ordinal));
        bridge.Text = "First bridge cohort in fall 2027, with evening classes and childcare stipends";

        db.PitchFeedback.AddRange(
            new PitchFeedback
            {
                PlanId = planId,
                SessionId = employers.Id,
                Dimension = PitchDimension.Feasibility,
                Text = "Owners doubt they can post schedules two weeks ahead when clients cancel at short notice.",
                AppliedItemId = mentor.Id
            },
            new PitchFeedback
            {
                PlanId = planId,
                SessionId = employers.Id,
                Dimension = PitchDimension.ValueProposition,
                Text = "The turnover savings convinced them more than the wage argument did: lead with those."
            },
            new PitchFeedback
            {
                PlanId = planId,
                SessionId = employers.Id,
                Dimension = PitchDimension.BlindSpots,
                Text = "Medicaid rate changes next July could squeeze margins just as the pilot starts."
            },
            new PitchFeedback
            {
                PlanId = planId,
                SessionId = aides.Id,
                Dimension = PitchDimension.Feasibility,
                Text = "Daytime bridge classes are impossible for people working day shifts; evenings and childcare would make it work.",
                AppliedItemId = bridge.Id
            },
            new PitchFeedback
            {
                PlanId = planId,
                SessionId = aides.Id,
                Dimension = PitchDimension.Clarity,
                Text = "“Predictable scheduling” meant nothing to several aides until we said “knowing your hours two weeks ahead”."
            },
            new PitchFeedback
            {
                PlanId = planId,
                SessionId = aides.Id,
                Dimension = PitchDimension.IntendedImpact,
                Text = "Aides would judge success by whether their take-home pay covers rent, not by the hourly rate."
            });
    }

    private static void AddChallenges(AppDbContext db, Guid planId, IReadOnlyList<TeamMember> team)
    {
        Challenge FromLibrary(string key, int owner, ChallengeStatus status, string notes, string? response = null)
        {
            var starter = ChallengeLibrary.Find(key)!;
            return new Challenge
            {
                PlanId = planId,
                LibraryKey = key,
                Title = starter.Title,
                Response = response ?? starter.Response,
                OwnerMemberId = team[owner].Id,
                Status = status,
                Notes = notes,
            };
        }

        db.Challenges.AddRange(
            FromLibrary("employer-costs", 1, ChallengeStatus.BeingAddressed,
                "Two agencies shared turnover figures at the October breakfast; three more agreed to.",
                "Show agency owners what turnover costs them today (about $4,000 per aide who leaves), pair the scheduling pilot with an OJT wage top-up, and let the two owners already posting schedules early tell their story."),
            FromLibrary("too-ambitious", 0, ChallengeStatus.Open,
                "Coaches asked for a one-page guide to screening job orders before the March contract change."),
            FromLibrary("participants-need-income-now", 2, ChallengeStatus.Open, ""),
            new Challenge
            {
                PlanId = planId,
                Title = "Medicaid rate changes squeeze agency margins",
                OwnerMemberId = team[3].Id,
                Status = ChallengeStatus.Open,
                Response = "Track the state's rate proposal, brief the county board on what it means for aides' wages, and time the pilot's wage top-up so agencies are not caught mid-year.",
                Notes = "Raised by employers at the October pitch.",
            });
    }

    /// <summary>
    /// Three strategies with their steps, a RACI matrix with one deliberate gap (the bridge program's curriculum step has no
    /// one Accountable yet, so the check shows its flag), and waits that make the criteria draft a chokepoint.
    /// </summary>
    private static async Task AddActionPlanAsync(AppDbContext db, Guid planId, IReadOnlyList<TeamMember> team, CancellationToken ct)
    {
        var canvas = await db.CanvasItems.Where(i => i.PlanId == planId && i.Square == CanvasSquare.KeyStrategies).ToListAsync(ct);
        Guid? CanvasItem(string text) => canvas.FirstOrDefault(i => i.Text == text)?.Id;
        Strategy NewStrategy(int position, string name, string goal, string canvasText) =>
            new() { PlanId = planId, Position = position, Name = name, Goal = goal, CanvasItemId = CanvasItem(canvasText) };
        var contracts = NewStrategy(0, "Job quality criteria in OJT contracts",
            "By June 2027, every new on-the-job training contract pays at least the county living wage for one adult.", "Job quality criteria in OJT contracts");
        var scheduling = NewStrategy(1, "Predictable scheduling pilot",
            "Eight home care agencies post schedules two weeks ahead for six months, and aides' turnover falls.", "Employer cohort piloting predictable scheduling");
        var bridge = NewStrategy(2, "Paid CNA-to-LPN bridge",
            "Twenty aides start a paid bridge to licensed practical nurse by fall 2027.", "Paid CNA-to-LPN bridge program");
        db.Strategies.AddRange(contracts, scheduling, bridge);

        var steps = new List<ActionStep>();
        ActionStep Step(Strategy strategy, string description, string who, string inside, string outside, string milestone, DateOnly? date, StepStatus status, string notes = "")
        {
            var step = new ActionStep
            {
                PlanId = planId,
                StrategyId = strategy.Id,
                Position = steps.Count(s => s.StrategyId == strategy.Id),
                Description = description,
                ResponsibleParties = who,
                InternalResources = inside,
                ExternalResources = outside,
                Milestones = milestone,
                TargetDate = date,
                Status = status,
                Notes = notes,
            };
            steps.Add(step);
            return step;
        }
        var draft = Step(contracts, "Draft the job quality criteria for OJT contracts", "Board policy team with Caregivers United",
            "Two staff days a week for a month", "Living wage table for the county", "Draft shared with the whole team", new DateOnly(2026, 10, 30), StepStatus.InProgress,
            "Waiting for the union's comments on the scheduling clause.");
        var legal = Step(contracts, "Review the criteria with the county's purchasing office", "Metro County Purchasing Office",
            "Policy lead's time", "County counsel's review", "Written opinion from counsel", new DateOnly(2027, 1, 15), StepStatus.NotStarted);
        var adopt = Step(contracts, "Board adopts the criteria for new contracts", "Board chair and executive director",
            "Board meeting agenda slot", "", "Board resolution passed", new DateOnly(2027, 3, 10), StepStatus.NotStarted);
        var recruit = Step(scheduling, "Recruit eight agencies to the scheduling pilot", "Lakeside Home Care Employers Association",
            "Business services outreach", "Association newsletter", "Eight signed pilot agreements", new DateOnly(2027, 1, 31), StepStatus.InProgress);
        var measure = Step(scheduling, "Agree how turnover and schedule changes are measured", "Board data analyst with the agencies",
            "Analyst time", "Agencies' HR exports", "Baseline numbers for every agency", new DateOnly(2027, 2, 28), StepStatus.NotStarted);
        var curriculum = Step(bridge, "Design the bridge curriculum with the college", "Metro Community College nursing faculty",
            "Program manager", "Faculty time, state nursing board approval", "Curriculum approved", new DateOnly(2027, 4, 30), StepStatus.NotStarted);
        var stipends = Step(bridge, "Secure stipends so aides keep an income while studying", "Board and Eastside Community Action",
            "WIOA supportive services", "Foundation grant", "Stipends funded for twenty aides", new DateOnly(2027, 6, 1), StepStatus.Blocked,
            "Blocked until the foundation's board meets in May.");
        db.ActionSteps.AddRange(steps);

        // Rosa 0, Marcus 1, Linh 2, Amina 3, Janet 4, David 5.
        var letters = new (ActionStep Step, int Member, RaciRole Role)[]
        {
            (draft, 0, RaciRole.Accountable), (draft, 2, RaciRole.Responsible), (draft, 5, RaciRole.Consulted), (draft, 4, RaciRole.Informed),
            (legal, 0, RaciRole.Accountable), (legal, 5, RaciRole.Responsible), (legal, 2, RaciRole.Informed),
            (adopt, 0, RaciRole.Accountable), (adopt, 1, RaciRole.Responsible),
            (recruit, 4, RaciRole.Accountable), (recruit, 1, RaciRole.Responsible), (recruit, 2, RaciRole.Consulted),
            (measure, 1, RaciRole.Accountable), (measure, 4, RaciRole.Responsible), (measure, 3, RaciRole.Informed),
            (curriculum, 3, RaciRole.Responsible), (curriculum, 2, RaciRole.Consulted),
            (stipends, 0, RaciRole.Accountable), (stipends, 3, RaciRole.Responsible), (stipends, 1, RaciRole.Responsible),
        };
        db.RaciCells.AddRange(letters
            .Select(l => new RaciCell { PlanId = planId, StepId = l.Step.Id, MemberId = team[l.Member].Id, Role = l.Role }));

        // The criteria draft holds up the review, the adoption and the pilot's measures: a chokepoint.
        db.StepWaits.AddRange(
            new StepWait { PlanId = planId, StepId = legal.Id, DependsOnStepId = draft.Id },
            new StepWait { PlanId = planId, StepId = adopt.Id, DependsOnStepId = legal.Id },
            new StepWait { PlanId = planId, StepId = measure.Id, DependsOnStepId = draft.Id },
            new StepWait { PlanId = planId, StepId = measure.Id, DependsOnStepId = recruit.Id },
            new StepWait { PlanId = planId, StepId = stipends.Id, DependsOnStepId = curriculum.Id });
    }
}
