using System.Globalization;
using JobQuality.Core.Scoring.Standards;

namespace JobQuality.Core.Scoring.Samples;

/// <summary>
/// Writes a realistic synthetic placements file, living wage table and standards for demos, tests and benchmarks.
/// The same seed always gives the same files. Nothing in them describes a real person.
/// </summary>
public sealed class SampleDataGenerator(int seed)
{
    private static readonly string[] Counties = ["18097", "18057", "18063", "18081", "21111", "39049", "39061", "08031", "53033", "42003", "47157", "29510"];

    private static readonly (string Naics, string Soc, decimal BaseWage, string Employer)[] Jobs =
    [
        ("623110", "31-1131", 16.50m, "Lakeside Nursing Center"),
        ("621610", "31-1122", 15.75m, "Metro Home Health"),
        ("622110", "29-2061", 27.40m, "Riverside Hospital"),
        ("484121", "53-3032", 26.10m, "Interstate Freight"),
        ("493110", "53-7062", 18.20m, "Harbor Logistics"),
        ("332710", "51-4041", 24.80m, "Precision Machining"),
        ("541511", "15-1232", 25.90m, "Civic Software"),
        ("722511", "35-2014", 14.10m, "Downtown Diner Group"),
        ("561720", "37-2011", 15.20m, "Clean Start Services"),
        ("236220", "47-2061", 23.40m, "Builders Union Contractors"),
    ];

    private static readonly string[] Programs = ["WIOA Adult", "WIOA Dislocated Worker", "WIOA Youth", "TANF"];
    private static readonly string[] Races = ["White", "Black or African American", "Hispanic or Latino", "Asian", "American Indian or Alaska Native", "Two or more races", ""];
    private static readonly string[] Sexes = ["Female", "Male", ""];

    public const string Header =
        "placement_id,placement_date,participant_id,program,employer_name,employer_naics,occupation_soc,county_fips,household_type," +
        "hourly_wage,weekly_hours,employment_type,schedule_notice_days,health_insurance_offered,employer_premium_share_pct," +
        "paid_leave_days,retirement_plan_offered,worker_voice,training_provided,career_pathway,safety_violations_3y," +
        "env_culture_rating,purpose_rating,race_ethnicity,sex,age,veteran,disability";

    public void WritePlacements(TextWriter output, int rows)
    {
        var random = new Random(seed);
        output.Write(Header);
        output.Write('\n');
        var start = new DateOnly(2026, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var job = Jobs[random.Next(Jobs.Length)];
            var union = job.Employer.Contains("Union") || random.NextDouble() < 0.12;
            var wage = job.BaseWage * (decimal)(0.8 + random.NextDouble() * 0.6);
            var fullTime = random.NextDouble() < 0.7;
            var line = string.Join(',',
                $"S{seed}-{i:D7}",
                start.AddDays(random.Next(300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"X{random.Next(100000, 999999)}",
                Programs[random.Next(Programs.Length)],
                job.Employer,
                job.Naics,
                job.Soc,
                Counties[random.Next(Counties.Length)],
                HouseholdTypes.All[random.Next(HouseholdTypes.All.Count)],
                Maybe(random, 0.02, Math.Round(wage, 2).ToString("0.00", CultureInfo.InvariantCulture)),
                Maybe(random, 0.03, fullTime ? random.Next(32, 46).ToString(CultureInfo.InvariantCulture) : random.Next(12, 32).ToString(CultureInfo.InvariantCulture)),
                random.NextDouble() < 0.85 ? "W2" : random.NextDouble() < 0.5 ? "1099" : "TEMP",
                Maybe(random, 0.1, random.Next(0, 22).ToString(CultureInfo.InvariantCulture)),
                Maybe(random, 0.05, YesNo(random, fullTime ? 0.8 : 0.3)),
                Maybe(random, 0.2, random.Next(0, 11) * 10 + ""),
                Maybe(random, 0.1, random.Next(0, 16).ToString(CultureInfo.InvariantCulture)),
                Maybe(random, 0.15, YesNo(random, 0.5)),
                Maybe(random, 0.1, union ? "yes" : YesNo(random, 0.1)),
                Maybe(random, 0.1, YesNo(random, 0.55)),
                Maybe(random, 0.1, YesNo(random, 0.4)),
                Maybe(random, 0.05, random.NextDouble() < 0.85 ? "0" : random.Next(1, 4).ToString(CultureInfo.InvariantCulture)),
                Maybe(random, 0.3, random.Next(1, 6).ToString(CultureInfo.InvariantCulture)),
                Maybe(random, 0.3, random.Next(1, 6).ToString(CultureInfo.InvariantCulture)),
                Quote(Races[random.Next(Races.Length)]),
                Sexes[random.Next(Sexes.Length)],
                Maybe(random, 0.02, random.Next(16, 70).ToString(CultureInfo.InvariantCulture)),
                Maybe(random, 0.1, YesNo(random, 0.07)),
                Maybe(random, 0.2, YesNo(random, 0.12)));
            output.Write(line);
            output.Write('\n');
        }
    }

    /// <summary>A living wage for every county and household type of the sample, scaled from a one-adult base.</summary>
    public void WriteLivingWages(TextWriter output)
    {
        var random = new Random(seed + 1);
        output.Write("county_fips,household_type,hourly_wage\n");
        foreach (var county in Counties)
        {
            var baseWage = 17m + (decimal)random.NextDouble() * 6m;
            foreach (var household in HouseholdTypes.All)
            {
                var children = household[^2] - '0';
                var factor = household.StartsWith("1A") ? 1m + 0.55m * children
                    : household.Contains("1W") ? 1.4m + 0.35m * children
                    : 0.8m + 0.25m * children;
                output.Write($"{county},{household},{Math.Round(baseWage * factor, 2).ToString("0.00", CultureInfo.InvariantCulture)}\n");
            }
        }
    }

    /// <summary>Standards a board might start from: living wage, stable schedules and health insurance required.</summary>
    public static JobQualityStandards Standards() => new("Sample board standards",
    [
        new(Principle.Earnings, PrincipleMode.Required, [new Criterion("hourly_wage", CriterionOp.LivingWage) { Pct = 100 }]),
        new(Principle.Schedules, PrincipleMode.Required,
        [
            new Criterion("schedule_notice_days", CriterionOp.GreaterOrEqual) { Number = 14 },
            new Criterion("weekly_hours", CriterionOp.GreaterOrEqual) { Number = 30 },
        ]),
        new(Principle.SafetyAndSecurity, PrincipleMode.Scored,
        [
            new Criterion("employment_type", CriterionOp.In) { Values = ["W2"] },
            new Criterion("safety_violations_3y", CriterionOp.LessOrEqual) { Number = 0 },
        ]),
        new(Principle.Benefits, PrincipleMode.Required, [new Criterion("health_insurance_offered", CriterionOp.Equal) { Flag = true }]),
        new(Principle.VoiceAndRepresentation, PrincipleMode.Scored, [new Criterion("worker_voice", CriterionOp.Equal) { Flag = true }]),
        new(Principle.LearningAndDevelopment, PrincipleMode.Scored, [new Criterion("training_provided", CriterionOp.Equal) { Flag = true }]),
        new(Principle.PurposeAndMeaning, PrincipleMode.Scored, [new Criterion("purpose_rating", CriterionOp.GreaterOrEqual) { Number = 4 }]),
    ]);

    private static string Maybe(Random random, double blankShare, string value) => random.NextDouble() < blankShare ? "" : value;

    private static string YesNo(Random random, double yesShare) => random.NextDouble() < yesShare
        ? random.Next(3) switch { 0 => "Y", 1 => "yes", _ => "true" }
        : random.Next(3) switch { 0 => "N", 1 => "no", _ => "false" };

    private static string Quote(string value) => value.Contains(',') ? $"\"{value}\"" : value;
}
