using System.Globalization;
using JobQuality.Pdf;
using JobQuality.Web.Features.Baseline;

namespace JobQuality.Web.Features.Export;

/// <summary>
/// Lays a <see cref="PlanReport"/> out as the director's PDF: a cover, the contents, then one chapter a tool in journey
/// order, the canvas on a landscape page of its own. Every fact is in words, never in colour alone.
/// </summary>
public static class PlanReportPdf
{
    /// <summary>Beyond this many team members the RACI matrix gets a landscape page, so each column stays readable.</summary>
    private const int PortraitRaciMembers = 6;

    /// <summary>A step number's column: wide enough for "12.15" on one line.</summary>
    private const float NumberWidth = 40;

    private static readonly PdfColor Warning = new(0x8A, 0x1C, 0x1C);
    private static readonly PdfColor WarningShade = new(0xFB, 0xE9, 0xE7);
    private static readonly PdfColor QualityBar = new(0x2E, 0x6B, 0x3A);

    public static byte[] Render(PlanReport report, PageSize? pageSize = null)
    {
        using var stream = new MemoryStream();
        WriteTo(report, stream, pageSize);
        return stream.ToArray();
    }

    /// <summary>Writes the PDF; returns its number of pages.</summary>
    public static int WriteTo(PlanReport report, Stream output, PageSize? pageSize = null)
    {
        var cover = report.Cover;
        var doc = new PdfDocumentBuilder(pageSize ?? PageSize.Letter)
        {
            Title = $"{cover.PlanName}: job quality plan",
            Author = cover.OrganizationName,
            Subject = cover.Version,
            Created = cover.GeneratedAt,
            Header = string.IsNullOrWhiteSpace(cover.TeamName) ? cover.PlanName : $"{cover.PlanName} — {cover.TeamName}",
            Footer = $"{cover.OrganizationName} · {(cover.SnapshotName is { } name ? $"Snapshot “{name}”" : $"Current plan, {cover.GeneratedOn}")}",
            HeaderAndFooterOnFirstPage = false,
        };

        Cover(doc, report);
        doc.PageBreak();
        doc.Heading(1, "Contents", inContents: false);
        doc.TableOfContents(maxLevel: 1);
        doc.PageBreak();

        ValueProposition(doc, report);
        FormChapter(doc, "foundations", report.Foundations);
        Team(doc, report.Team);
        FormChapter(doc, "charter", report.Charter);
        Canvas(doc, report);
        Worksheets(doc, report.Worksheets);
        Charge(doc, report.Charge);
        ActionPlan(doc, report.ActionPlan);
        Raci(doc, report.ActionPlan.Raci, report.ActionPlan);
        Timeline(doc, report.ActionPlan);
        FormChapter(doc, "governance", report.Governance);
        Challenges(doc, report.Challenges);
        Baseline(doc, report.Baseline);
        return doc.WriteTo(output);
    }

    private static void Cover(PdfDocumentBuilder doc, PlanReport report)
    {
        var cover = report.Cover;
        doc.Space(90);
        doc.Paragraph(p => p.FontSize(12).Color(PdfColor.Muted).Regular(cover.OrganizationName));
        doc.Paragraph(p => p.FontSize(26).Color(PdfColor.Accent).Bold(cover.PlanName));
        if (!string.IsNullOrWhiteSpace(cover.TeamName)) doc.Paragraph(p => p.FontSize(14).Regular(cover.TeamName));
        doc.Paragraph(p => p.FontSize(12).Color(PdfColor.Muted).Regular("Job quality plan: value proposition, canvas, data, action plan and baseline"));
        doc.Space(24);
        if (!string.IsNullOrWhiteSpace(cover.Region)) doc.Paragraph(p => p.Bold("Region: ").Regular(cover.Region));
        if (!string.IsNullOrWhiteSpace(cover.Focus)) doc.Paragraph(p => p.Bold("Focus: ").Regular(cover.Focus));
        doc.Paragraph(p => p.Bold("Version: ").Regular(cover.Version));
        doc.Paragraph(p => p.Bold("Report made: ").Regular(cover.GeneratedOn));
        doc.Space(12);
        doc.Table(t => t.RelativeColumn().FontSize(10.5f).Row(r => r.Cell(p =>
        {
            if (cover.Approval is null) p.Bold("Not approved yet. ").Regular("A director approves the action plan as a named snapshot of the plan.");
            else p.Bold(cover.IsApprovedVersion ? "Approved. " : "Approval: ").Regular(cover.Approval);
        }, cover.IsApprovedVersion ? PdfColor.LightShade : WarningShade)));
    }

    private static void Chapter(PdfContent doc, string sectionId) => doc.Heading(1, PlanReport.Title(sectionId));

    private static void Pairs(PdfContent doc, IEnumerable<ReportPair> pairs)
    {
        foreach (var pair in pairs) doc.Paragraph(p => p.Bold($"{pair.Label}: ").Regular(pair.Text));
    }

    private static void NotFilledIn(PdfContent doc) => doc.Paragraph(p => p.Color(PdfColor.Muted).Regular(PlanReport.NotFilledIn));

    private static void ValueProposition(PdfDocumentBuilder doc, PlanReport report)
    {
        Chapter(doc, "value-proposition");
        if (report.ValueProposition.Count == 0)
        {
            NotFilledIn(doc);
            return;
        }
        doc.Paragraph(p => p.FontSize(12).Color(PdfColor.Accent).Regular(report.ValuePropositionSentence));
        Pairs(doc, report.ValueProposition);
    }

    private static void FormChapter(PdfDocumentBuilder doc, string sectionId, IReadOnlyList<ReportFormPart> parts)
    {
        Chapter(doc, sectionId);
        if (parts.Count == 0) NotFilledIn(doc);
        foreach (var part in parts)
        {
            doc.Heading(2, part.Title, inContents: false);
            Pairs(doc, part.Answers);
        }
    }

    private static void Team(PdfDocumentBuilder doc, ReportTeam team)
    {
        Chapter(doc, "team");
        if (team.Members.Count == 0)
        {
            doc.Paragraph(team.BalanceSummary);
            return;
        }
        doc.Table(t =>
        {
            t.RelativeColumn(1.2f).RelativeColumn(1.7f).RelativeColumn(1.25f).RelativeColumn(1.25f).RelativeColumn(1.8f).RelativeColumn(1).FontSize(8.5f)
                .Header("Name", "Organization", "Persona", "Decision-making", "Role", "Backup");
            foreach (var m in team.Members)
            {
                t.Row(r => r.Cell(p => p.Bold(m.Name)).Cell($"{m.Organization}\n{m.OrganizationType}")
                    .Cell(m.Persona).Cell(m.DecisionMaking).Cell(m.Role).Cell(m.Backup));
            }
        });
        doc.Heading(2, "Team balance", inContents: false);
        doc.Paragraph(team.BalanceSummary);
        foreach (var finding in team.Balance) doc.Bullet(finding);
    }

    private static void Canvas(PdfDocumentBuilder doc, PlanReport report)
    {
        // The grid first, on a landscape page as the canvas is printed; then every item in full, as a box can cut long text short.
        doc.LandscapeSection(page =>
        {
            Chapter(page, "canvas");
            page.Paragraph(p => p.Bold("Mission: ").Regular(report.Mission ?? "not written yet"));
            page.Grid(10, 3, grid =>
            {
                foreach (var square in report.Canvas)
                {
                    var (column, row, columns, rows) = GridPlace(square.GridArea);
                    grid.Box(column, row, square.Title, square.Items.Count == 0 ? ["(nothing yet)"] : square.Items, columns, rows);
                }
            });
        });
        doc.Heading(2, "Canvas squares in full", inContents: false);
        foreach (var square in report.Canvas)
        {
            doc.Heading(3, square.Title, inContents: false);
            if (square.Items.Count == 0) NotFilledIn(doc);
            foreach (var item in square.Items) doc.Bullet(item);
        }
    }

    /// <summary>Where each square sits on the 10 × 3 printed canvas (the same arrangement as the canvas page on a wide screen).</summary>
    private static (int Column, int Row, int Columns, int Rows) GridPlace(string area) => area switch
    {
        "partners" => (0, 0, 2, 2),
        "strategies" => (2, 0, 2, 1),
        "assets" => (2, 1, 2, 1),
        "extended" => (4, 0, 2, 2),
        "buyin" => (6, 0, 2, 1),
        "launch" => (6, 1, 2, 1),
        "beneficiaries" => (8, 0, 2, 2),
        "budget" => (0, 2, 5, 1),
        "impact" => (5, 2, 5, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(area), $"The canvas square area '{area}' has no place on the printed canvas."),
    };

    private static void Worksheets(PdfDocumentBuilder doc, ReportWorksheets sheets)
    {
        Chapter(doc, "worksheets");
        if (sheets.IsEmpty)
        {
            NotFilledIn(doc);
            return;
        }
        if (sheets.MindsetShifts.Count > 0)
        {
            doc.Heading(2, "Mindset shifts the team agreed", inContents: false);
            Pairs(doc, sheets.MindsetShifts);
        }
        if (sheets.Needs.Count > 0)
        {
            doc.Heading(2, "Worksheet 1: the data we need", inContents: false);
            doc.Table(t =>
            {
                t.RelativeColumn(1.1f).RelativeColumn(2).RelativeColumn(1.6f).RelativeColumn(1.6f).FontSize(9)
                    .Header("For", "Type of data", "Availability", "Where it sits");
                foreach (var row in sheets.Needs) t.Row(row.Purpose, row.DataType, row.Availability, row.Location);
            });
        }
        if (sheets.Differences.Count > 0)
        {
            doc.Heading(2, "Worksheet 2: key differences and indicators", inContents: false);
            foreach (var difference in sheets.Differences)
            {
                doc.Paragraph(p => p.Bold(difference.Sentence));
                foreach (var indicator in difference.Indicators) doc.Bullet(p => p.Bold($"{indicator.Label}: ").Regular(indicator.Text));
            }
        }
        if (sheets.Commitments.Count > 0)
        {
            doc.Heading(2, "Our three commitments", inContents: false);
            Pairs(doc, sheets.Commitments);
        }
        if (sheets.Gaps.Count > 0)
        {
            doc.Heading(2, "Data gaps and next steps", inContents: false);
            foreach (var gap in sheets.Gaps)
            {
                doc.Paragraph(p => p.Bold($"{gap.Title}. ").Regular(gap.NextStep));
                foreach (var type in gap.DataTypes) doc.Bullet(type);
            }
        }
    }

    private static void Charge(PdfDocumentBuilder doc, ReportCharge charge)
    {
        Chapter(doc, "charge");
        if (charge.IsEmpty)
        {
            NotFilledIn(doc);
            return;
        }
        doc.Paragraph(p => p.FontSize(11.5f).Regular(charge.Paragraph));
        if (charge.FirstSteps.Count > 0)
        {
            doc.Heading(2, "First steps", inContents: false);
            for (var i = 0; i < charge.FirstSteps.Count; i++) doc.Paragraph($"{i + 1}. {charge.FirstSteps[i]}");
        }
        if (charge.Indicators.Count > 0)
        {
            doc.Heading(2, "Indicators that will show the difference", inContents: false);
            foreach (var indicator in charge.Indicators) doc.Bullet(indicator);
        }
    }

    private static void ActionPlan(PdfDocumentBuilder doc, ReportActionPlan plan)
    {
        Chapter(doc, "action-plan");
        if (plan.Strategies.Count == 0)
        {
            NotFilledIn(doc);
            return;
        }
        foreach (var strategy in plan.Strategies)
        {
            doc.Heading(2, $"Strategy {strategy.Number}: {strategy.Name}", inContents: false);
            if (!string.IsNullOrWhiteSpace(strategy.Goal)) doc.Paragraph(p => p.Bold("Goal: ").Regular(strategy.Goal));
            if (strategy.CanvasStrategy is { } canvas) doc.Paragraph(p => p.Bold("Canvas key strategy: ").Regular(canvas));
            if (strategy.Steps.Count == 0)
            {
                doc.Paragraph(p => p.Color(PdfColor.Muted).Regular("No action steps yet."));
                continue;
            }
            doc.Table(t =>
            {
                t.FixedColumn(NumberWidth).RelativeColumn(5).FixedColumn(72).FixedColumn(64).FixedColumn(48).FontSize(9)
                    .Header("No.", "Action step", "Status", "Target date", "Waits on");
                foreach (var step in strategy.Steps)
                {
                    t.Row(r => r
                        .Cell(step.Number)
                        .Cell(p =>
                        {
                            p.Bold(step.Description);
                            foreach (var detail in step.Details) p.Regular("\n").Bold($"{detail.Label}: ").Regular(detail.Text);
                            if (step.IsChokepoint) p.Regular("\n").Bold("Chokepoint: ").Regular("three or more steps wait on this one.");
                        })
                        .Cell(p =>
                        {
                            p.Regular(step.Status);
                            if (step.IsOverdue) p.Regular("\n").Bold("Overdue");
                        }, step.IsOverdue ? WarningShade : null)
                        .Cell(step.TargetDate.Length == 0 ? "None" : step.TargetDate)
                        .Cell(step.WaitsOn.Count == 0 ? "—" : string.Join(", ", step.WaitsOn)));
                }
            });
        }
    }

    private static void Raci(PdfDocumentBuilder doc, ReportRaci raci, ReportActionPlan plan)
    {
        void Matrix(PdfContent page)
        {
            Chapter(page, "raci");
            var steps = plan.Steps.ToList();
            if (steps.Count == 0 || raci.Members.Count == 0)
            {
                page.Paragraph(p => p.Color(PdfColor.Muted).Regular("The matrix needs action steps and team members first."));
                return;
            }
            page.Paragraph("R = Responsible (does the work), A = Accountable (answers for it; exactly one per step), C = Consulted, I = Informed.");
            page.Table(t =>
            {
                t.FixedColumn(NumberWidth).RelativeColumn(1).FontSize(8.5f);
                foreach (var _ in raci.Members) t.FixedColumn(52);
                t.Header(["No.", "Action step", .. raci.Members]);
                foreach (var step in steps)
                {
                    t.Row(r =>
                    {
                        r.Cell(step.Number).Cell(step.Description);
                        foreach (var letter in raci.Letters[step.Id]) r.Cell(p => p.Align(TextAlign.Center).Bold(letter));
                    });
                }
            });
        }

        if (raci.Members.Count > PortraitRaciMembers) doc.LandscapeSection(Matrix);
        else Matrix(doc);

        if (plan.Steps.Any())
        {
            doc.Heading(2, "Checks", inContents: false);
            if (raci.Problems.Count == 0) doc.Paragraph("Every step has exactly one Accountable and at least one Responsible.");
            foreach (var problem in raci.Problems) doc.Bullet(p => p.Color(Warning).Regular(problem));
        }
        if (raci.Load.Count > 0)
        {
            doc.Heading(2, "Load per member", inContents: false);
            doc.Table(t =>
            {
                t.RelativeColumn(2).RelativeColumn(3).FontSize(9).Header("Member", "Steps");
                foreach (var load in raci.Load) t.Row(load.Label, load.Text);
            });
        }
    }

    private static void Timeline(PdfDocumentBuilder doc, ReportActionPlan plan)
    {
        Chapter(doc, "timeline");
        if (!plan.Steps.Any())
        {
            NotFilledIn(doc);
            return;
        }
        doc.Heading(2, "What waits on what", inContents: false);
        if (plan.Waits.Count == 0) doc.Paragraph("No step waits on another.");
        foreach (var wait in plan.Waits) doc.Bullet(p => p.Bold(wait.Label).Regular($" {wait.Text}"));
        if (plan.Chokepoints.Count > 0)
        {
            doc.Heading(2, "Chokepoints", inContents: false);
            doc.Paragraph("Steps that three or more others wait on, directly or through other steps: a delay here delays them all.");
            foreach (var chokepoint in plan.Chokepoints) doc.Bullet(chokepoint);
        }
        doc.Heading(2, "Timeline by target date", inContents: false);
        if (plan.Timeline.Count == 0) doc.Paragraph("No step has a target date yet.");
        else
        {
            doc.Table(t =>
            {
                t.FixedColumn(70).FixedColumn(NumberWidth).RelativeColumn(4).FixedColumn(90).FontSize(9).Header("Target date", "No.", "Action step", "Status");
                foreach (var entry in plan.Timeline)
                {
                    t.Row(r =>
                    {
                        r.Cell(entry.Date).Cell(entry.Number).Cell(entry.Description)
                            .Cell(p =>
                            {
                                p.Regular(entry.Status);
                                if (entry.IsOverdue) p.Regular("\n").Bold("Overdue");
                            });
                        if (entry.IsOverdue) r.Shade(WarningShade);
                    });
                }
            });
        }
        if (plan.UndatedSteps > 0)
            doc.Paragraph(p => p.Color(PdfColor.Muted).Regular($"{plan.UndatedSteps} {(plan.UndatedSteps == 1 ? "step has" : "steps have")} no target date yet."));
    }

    private static void Challenges(PdfDocumentBuilder doc, IReadOnlyList<ReportChallenge> challenges)
    {
        Chapter(doc, "challenges");
        if (challenges.Count == 0)
        {
            NotFilledIn(doc);
            return;
        }
        doc.Table(t =>
        {
            t.RelativeColumn(2).RelativeColumn(4).FixedColumn(70).FixedColumn(80).FontSize(9).Header("Challenge", "Response", "Status", "Owner");
            foreach (var c in challenges)
            {
                t.Row(r => r.Cell(p => p.Bold(c.Title))
                    .Cell(p =>
                    {
                        p.Regular(c.Response);
                        if (c.Notes.Length > 0) p.Regular("\n").Bold("Notes: ").Regular(c.Notes);
                    })
                    .Cell(c.Status).Cell(c.Owner));
            }
        });
    }

    private static void Baseline(PdfDocumentBuilder doc, ReportBaseline? baseline)
    {
        Chapter(doc, "baseline");
        if (baseline?.View.Totals is not { } totals)
        {
            doc.Paragraph("No placements have been scored yet. Once the board publishes its job quality standards and imports placements, " +
                "this section shows the share of placements in quality jobs, each principle, and the groups of workers who reach them.");
            return;
        }
        var view = baseline.View;
        doc.Paragraph(p => p.Color(PdfColor.Muted).Regular($"All placements scored, as of {baseline.AsOf}, with {baseline.ScoredWith}."));
        doc.Paragraph(p => p.FontSize(14).Bold($"{BaselineWords.Percent(totals.QualityPct)} of {BaselineWords.Count(totals.Total)} placements are quality jobs"));
        doc.Paragraph($"{BaselineWords.Count(totals.Quality)} quality, {BaselineWords.Count(totals.NotQuality)} not quality, " +
            $"{BaselineWords.Count(totals.Incomplete)} incomplete (data missing to decide).");

        doc.Heading(2, "Placements meeting each principle", inContents: false);
        doc.BarChart(c =>
        {
            foreach (var principle in view.Principles)
                c.Bar($"{principle.Name}{(principle.Mode == Core.Scoring.Standards.PrincipleMode.Required ? " (required)" : "")}",
                    (float)(principle.MetPct / 100m), $"{BaselineWords.Percent(principle.MetPct)} met", QualityBar);
        });
        doc.Table(t =>
        {
            t.RelativeColumn(3).RelativeColumn(1).RelativeColumn(1).RelativeColumn(1).RelativeColumn(1).FontSize(9)
                .Header("Principle", "Met", "Not met", "Unknown", "Met %");
            foreach (var p in view.Principles)
                t.Row(r => r.Cell(p.Name).Cell(BaselineWords.Count(p.Met), TextAlign.Right).Cell(BaselineWords.Count(p.NotMet), TextAlign.Right)
                    .Cell(BaselineWords.Count(p.Unknown), TextAlign.Right).Cell(BaselineWords.Percent(p.MetPct), TextAlign.Right));
        });

        doc.Heading(2, "Who reaches quality jobs", inContents: false);
        doc.Paragraph($"Groups with fewer than {baseline.MinCellSize.ToString(CultureInfo.InvariantCulture)} placements are withheld, and so is the " +
            "next smallest group where one alone would let it be worked out: counts this small could identify people. The gap is the group's " +
            "share minus the share of all placements, in percentage points.");
        foreach (var breakdown in view.Breakdowns)
        {
            doc.Heading(3, breakdown.Title, inContents: false);
            doc.Table(t =>
            {
                t.RelativeColumn(3).RelativeColumn(1.2f).RelativeColumn(1.2f).RelativeColumn(1).RelativeColumn(1).FontSize(9)
                    .Header("Group", "Placements", "Quality jobs", "Quality %", "Gap");
                foreach (var g in breakdown.Groups)
                {
                    t.Row(r =>
                    {
                        r.Cell(g.Group);
                        if (g.Suppressed)
                        {
                            r.Cell("Withheld", TextAlign.Right).Cell("—", TextAlign.Right).Cell("—", TextAlign.Right).Cell("—", TextAlign.Right).Shade(PdfColor.LightShade);
                            return;
                        }
                        r.Cell(BaselineWords.Count(g.N!.Value), TextAlign.Right).Cell(BaselineWords.Count(g.Quality!.Value), TextAlign.Right)
                            .Cell(BaselineWords.Percent(g.QualityPct!.Value), TextAlign.Right).Cell(BaselineWords.FormatGap(g.GapPts!.Value), TextAlign.Right);
                    });
                }
            });
        }
    }
}
