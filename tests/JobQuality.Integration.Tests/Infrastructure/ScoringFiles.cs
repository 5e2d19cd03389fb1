using System.Globalization;
using System.Text;
using JobQuality.Core.Scoring;
using JobQuality.Core.Scoring.Output;
using JobQuality.Core.Scoring.Samples;
using JobQuality.Core.Scoring.Standards;
using JobQuality.Core.Scoring.Summary;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>
/// Files for the scoring tests and the summary the engine makes of them in-process (what <c>jobquality score
/// --summary-only</c> prints), to hold the database's baseline to. The placements are the sample generator's, edited so
/// groups are spelled in several ways, left blank, or too small to show.
/// </summary>
public static class ScoringFiles
{
    public const int Seed = 11;
    public const int Rows = 1_200;

    /// <summary>Twelve placements without a program: a group "Not reported" just big enough to show on its own.</summary>
    public const int BlankPrograms = 12;

    /// <summary>Three placements of a program too small to show: its counts and one other group's are withheld.</summary>
    public const string SmallProgram = "Reentry";
    public const int SmallProgramSize = 3;

    /// <summary>Four placements in a county the living wage table does not know.</summary>
    public const string UnknownCounty = "99999";

    /// <summary>Fifteen placements of a race no other row has: shown with the default minimum cell size of 10, withheld with 20.</summary>
    public const string SmallRace = "Native Hawaiian or Other Pacific Islander";
    public const int SmallRaceSize = 15;

    /// <summary>Twelve placements of a race written with an accent, first as here, later in upper and lower case.</summary>
    public const string AccentedRace = "Latiné";

    /// <summary>The first race value of the file, spelled in lower case; later rows spell it in title case.</summary>
    public const string FirstRaceSpelling = "black or african american";

    public static IReadOnlyList<string> AllBreakdowns { get; } = Breakdowns.Names.ToList();

    /// <summary>A living wage for every county of the sample (all but <see cref="UnknownCounty"/>), scaled by <paramref name="factor"/>.</summary>
    public static string LivingWages(decimal factor = 1m)
    {
        var csv = new StringWriter();
        new SampleDataGenerator(Seed).WriteLivingWages(csv);
        if (factor == 1m) return csv.ToString();
        var lines = csv.ToString().TrimEnd('\n').Split('\n');
        return string.Join('\n', lines.Select((line, i) =>
        {
            if (i == 0) return line;
            var cells = line.Split(',');
            cells[2] = Math.Round(decimal.Parse(cells[2], CultureInfo.InvariantCulture) * factor, 2).ToString("0.00", CultureInfo.InvariantCulture);
            return string.Join(',', cells);
        })) + "\n";
    }

    /// <summary>The sample standards with a living wage of <paramref name="pct"/> percent required (100 in the sample).</summary>
    public static string Standards(int pct = 100, string? name = null)
    {
        var standards = StandardsJson.Read(SampleStandards.Json).Standards!;
        var principles = standards.Principles.Select(p => p.Principle != Principle.Earnings
            ? p
            : p with { Criteria = [new Criterion("hourly_wage", CriterionOp.LivingWage) { Pct = pct }] }).ToList();
        return StandardsJson.Write(new JobQualityStandards(name ?? $"Living wage {pct}%", principles));
    }

    /// <summary>
    /// The placements: program "WIOA Adult" first seen so, later also "wioa adult" and "WIOA ADULT"; the first race
    /// spelled in lower case; sex "female" after "Female"; blank programs; a tiny program, age band and county; a small race; an accented race in three spellings.
    /// </summary>
    public static string Placements()
    {
        var csv = new StringWriter();
        new SampleDataGenerator(Seed).WritePlacements(csv, Rows);
        var lines = csv.ToString().TrimEnd('\n').Split('\n').Select(l => l.Split(',')).ToList();
        var header = lines[0].ToList();
        int Column(string name) => header.IndexOf(name);
        var (program, race, sex, age, county) = (Column("program"), Column("race_ethnicity"), Column("sex"), Column("age"), Column("county_fips"));

        lines[1][race] = FirstRaceSpelling;
        var firstAdult = lines.FindIndex(1, l => l[program] == "WIOA Adult");
        var adults = 0;
        for (var i = firstAdult + 1; i < lines.Count; i++)
        {
            if (lines[i][program] != "WIOA Adult") continue;
            lines[i][program] = ++adults % 5 == 0 ? "WIOA ADULT" : adults % 2 == 0 ? "wioa adult" : "WIOA Adult";
        }
        var firstFemale = lines.FindIndex(1, l => l[sex] == "Female");
        for (var i = firstFemale + 1; i < lines.Count; i += 7)
        {
            if (lines[i][sex] == "Female") lines[i][sex] = "female";
        }

        var last = lines.Count - 1;
        for (var i = 0; i < BlankPrograms; i++) lines[last - 30 - i][program] = "";
        for (var i = 0; i < SmallProgramSize; i++) lines[last - 3 - i][program] = SmallProgram;
        for (var i = 0; i < 4; i++) lines[last - 12 - i][county] = UnknownCounty;
        for (var i = 0; i < SmallRaceSize; i++) lines[last - 50 - i][race] = SmallRace;
        for (var i = 0; i < 12; i++)
        {
            lines[last - 81 + i][race] = i == 0 ? AccentedRace : i % 2 == 0 ? AccentedRace.ToUpperInvariant() : AccentedRace.ToLowerInvariant();
        }
        lines[last - 8][age] = "15";
        lines[last - 9][age] = "15";
        return string.Join('\n', lines.Select(l => string.Join(',', l))) + "\n";
    }

    /// <summary>The values of one column of a CSV written by <see cref="Placements"/> (no cell of it is quoted).</summary>
    public static IReadOnlyList<string> ColumnValues(string csv, string column)
    {
        var lines = csv.TrimEnd('\n').Split('\n');
        var index = lines[0].Split(',').ToList().IndexOf(column);
        return lines.Skip(1).Select(l => l.Split(',')[index]).ToList();
    }

    /// <summary>
    /// <c>{"summary": …}</c> as the engine makes it of these files (the JSON of <c>jobquality score --summary-only</c>,
    /// written on one line as the API writes it), over the placements <paramref name="where"/> keeps.
    /// </summary>
    public static string Summary(
        string standardsJson, string livingWages, string placements, IEnumerable<string> by, int minCell = SummaryBuilder.DefaultMinCell,
        Func<Placement, bool>? where = null)
    {
        var (standards, standardsErrors) = StandardsJson.Read(standardsJson);
        standardsErrors.ShouldBeEmpty();
        var (table, tableErrors) = LivingWageTable.Read(new StringReader(livingWages));
        tableErrors.ShouldBeEmpty();
        var engine = new ScoringEngine(standards!, table!);
        var summary = new SummaryBuilder(standards!, by, minCell);
        var statuses = new PrincipleStatus[standards!.Used.Count];
        var reader = new PlacementCsvReader(new StringReader(placements));
        foreach (var placement in reader.ReadAll())
        {
            if (where?.Invoke(placement) == false) continue;
            var (classification, _) = engine.Classify(placement, statuses);
            summary.Add(placement, classification, statuses);
        }
        reader.Errors.ShouldBeEmpty();

        var json = new MemoryStream();
        using (var writer = new ScoreJsonWriter(json, standards, indented: false))
        {
            writer.WriteSummary(summary.Build(), withPlacements: false);
        }
        return Encoding.UTF8.GetString(json.ToArray());
    }
}
