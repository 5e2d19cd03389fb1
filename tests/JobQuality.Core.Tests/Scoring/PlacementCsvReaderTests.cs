using JobQuality.Core.Scoring;
using static JobQuality.Core.Tests.Scoring.TestInputs;

namespace JobQuality.Core.Tests.Scoring;

public sealed class PlacementCsvReaderTests
{
    [Fact]
    public void Columns_InAnyOrderAndLetterCase_AreMatched_AndUnknownColumnsIgnored()
    {
        var (placements, errors) = ReadPlacements(Csv(" Hourly_Wage ,notes,PLACEMENT_DATE,placement_id", "23.21,anything at all,2026-05-01,P-1"));

        errors.ShouldBeEmpty();
        placements.Single().HourlyWage.ShouldBe(23.21m);
        placements.Single().PlacementId.ShouldBe("P-1");
        placements.Single().PlacementDate.ShouldBe(new DateOnly(2026, 5, 1));
    }

    [Fact]
    public void BlankCells_AreUnknown_NotZeroOrNo()
    {
        var (placements, errors) = ReadPlacements(Csv("placement_id,placement_date,hourly_wage,worker_voice,program", "P-1,2026-05-01, ,,"));

        errors.ShouldBeEmpty();
        placements.Single().HourlyWage.ShouldBeNull();
        placements.Single().WorkerVoice.ShouldBeNull();
        placements.Single().Program.ShouldBeNull();
    }

    [Theory]
    [InlineData("y", true)]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("YES", true)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("n", false)]
    [InlineData("N", false)]
    [InlineData("no", false)]
    [InlineData("No", false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    public void Booleans_AcceptEverySpelling(string cell, bool expected)
    {
        var (placements, errors) = ReadOne("health_insurance_offered", cell);

        errors.ShouldBeEmpty();
        placements.Single().HealthInsuranceOffered.ShouldBe(expected);
    }

    [Theory]
    [InlineData("hourly_wage", "abc")]
    [InlineData("hourly_wage", "-1")]
    [InlineData("hourly_wage", "$20")]
    [InlineData("weekly_hours", "169")]
    [InlineData("schedule_notice_days", "1.5")]
    [InlineData("schedule_notice_days", "-2")]
    [InlineData("health_insurance_offered", "maybe")]
    [InlineData("employer_premium_share_pct", "101")]
    [InlineData("paid_leave_days", "ten")]
    [InlineData("safety_violations_3y", "-1")]
    [InlineData("env_culture_rating", "0")]
    [InlineData("purpose_rating", "6")]
    [InlineData("age", "13")]
    [InlineData("age", "121")]
    [InlineData("veteran", "2")]
    [InlineData("county_fips", "1809")]
    [InlineData("county_fips", "18O97")]
    [InlineData("employer_naics", "6")]
    [InlineData("employer_naics", "6231101")]
    [InlineData("occupation_soc", "291141")]
    [InlineData("household_type", "3A0C")]
    [InlineData("placement_date", "2026-13-01")]
    [InlineData("placement_date", "05/01/2026")]
    [InlineData("placement_date", "2026-02-30")]
    public void BadValues_AreReportedWithRowColumnAndValue(string column, string value)
    {
        var csv = column == "placement_date"
            ? Csv("placement_id,placement_date", $"P-1,{value}")
            : Csv($"placement_id,placement_date,{column}", $"P-1,2026-05-01,{value}");

        var (placements, errors) = ReadPlacements(csv);

        placements.ShouldBeEmpty();
        var error = errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(2);
        error.Column.ShouldBe(column);
        error.Value.ShouldBe(value);
        error.Reason.ShouldNotBeNullOrWhiteSpace();
        error.Format("p.csv").ShouldStartWith($"p.csv:2:{column}: \"{value}\"");
    }

    [Theory]
    [InlineData("6231")]
    [InlineData("62")]
    [InlineData("623110")]
    public void Naics_WithTwoToSixDigits_IsAccepted(string naics)
    {
        ReadOne("employer_naics", naics).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void HouseholdType_IsAcceptedInAnyCase_AndStoredInCapitals()
    {
        ReadOne("household_type", "2a1w3c").Placements.Single().HouseholdType.ShouldBe("2A1W3C");
    }

    [Fact]
    public void MissingRequiredValue_IsReported()
    {
        var (_, errors) = ReadPlacements(Csv("placement_id,placement_date", ",2026-05-01"));

        var error = errors.ShouldHaveSingleItem();
        (error.Row, error.Column).ShouldBe((2, "placement_id"));
    }

    [Fact]
    public void MissingRequiredColumn_IsReportedOnTheHeaderRow()
    {
        var (placements, errors) = ReadPlacements(Csv("placement_id,hourly_wage", "P-1,20"));

        placements.ShouldBeEmpty();
        errors.ShouldContain(e => e.Row == 1 && e.Column == "placement_date");
    }

    [Fact]
    public void DuplicatePlacementId_IsReportedOnTheLaterRow_NamingTheFirst()
    {
        var (_, errors) = ReadPlacements(Csv("placement_id,placement_date", "P-1,2026-05-01", "P-2,2026-05-01", "P-1,2026-05-02"));

        var error = errors.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Value).ShouldBe((4, "placement_id", "P-1"));
        error.Reason.ShouldContain("row 2");
    }

    [Fact]
    public void EveryError_InTheFile_IsReported_NotJustTheFirst()
    {
        var (placements, errors) = ReadPlacements(Csv("placement_id,placement_date,hourly_wage,age",
            "P-1,2026-05-01,abc,200",
            "P-2,2026-05-01,20,30",
            "P-3,not a date,-5,"));

        errors.Select(e => (e.Row, e.Column)).ShouldBe([(2, "hourly_wage"), (2, "age"), (4, "placement_date"), (4, "hourly_wage")], ignoreOrder: true);
        placements.Select(p => p.PlacementId).ShouldBe(["P-2"]);
    }

    [Fact]
    public void RowWithTheWrongNumberOfValues_IsReported()
    {
        var (_, errors) = ReadPlacements(Csv("placement_id,placement_date,hourly_wage", "P-1,2026-05-01"));

        errors.ShouldHaveSingleItem().Row.ShouldBe(2);
    }

    [Fact]
    public void ByteOrderMarkQuotesCrLfAndExtraColumns_AllTogether_Read()
    {
        var text = "\uFEFFplacement_id,placement_date,employer_name,extra\r\nP-1,2026-05-01,\"Acme, Inc.\",\"a \"\"quoted\"\"\r\nnote\"\r\n";

        var (placements, errors) = ReadPlacements(text);

        errors.ShouldBeEmpty();
        placements.Single().EmployerName.ShouldBe("Acme, Inc.");
    }

    [Fact]
    public void TextValues_AreTrimmed()
    {
        ReadOne("employment_type", "  W2 ").Placements.Single().EmploymentType.ShouldBe("W2");
    }

    [Fact]
    public void HeaderOnlyFile_HasNoPlacementsAndNoErrors()
    {
        var (placements, errors) = ReadPlacements(Csv("placement_id,placement_date"));

        placements.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void EmptyFile_IsAnError()
    {
        ReadPlacements("").Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void ReusedInstance_IsClearedBetweenRows()
    {
        var reader = new PlacementCsvReader(new StringReader(Csv("placement_id,placement_date,hourly_wage", "P-1,2026-05-01,20", "P-2,2026-05-01,")), reuseInstance: true);

        var wages = reader.ReadAll().Select(p => p.HourlyWage).ToList();

        wages.ShouldBe([20m, null]);
    }

    [Fact]
    public void ReadingAhead_OnOtherThreads_GivesTheSamePlacementsAndErrorsInTheSameOrder()
    {
        // Enough rows for many batches, with bad values and repeated ids spread through them.
        var rows = Enumerable.Range(0, 3000).Select(i => i switch
        {
            _ when i % 97 == 0 => $"P-{i},2026-05-01,not money,{i % 50}",
            _ when i % 131 == 0 => $"P-{i - 1},2026-05-01,20,{i % 50}",
            _ => $"P-{i},2026-05-01,{i % 40}.50,{(i % 7 == 0 ? "" : (i % 50 + 14).ToString(System.Globalization.CultureInfo.InvariantCulture))}",
        }).ToArray();
        var csv = Csv("placement_id,placement_date,hourly_wage,age", rows);

        var inOrder = new PlacementCsvReader(new StringReader(csv));
        var expected = inOrder.ReadAll().Select(p => (p.PlacementId, p.HourlyWage, p.Age)).ToList();
        var ahead = new PlacementCsvReader(new StringReader(csv), readAhead: true, reuseInstance: true);
        var actual = ahead.ReadAll().Select(p => (p.PlacementId, p.HourlyWage, p.Age)).ToList();

        actual.ShouldBe(expected);
        ahead.Errors.ShouldBe(inOrder.Errors);
        ahead.RowCount.ShouldBe(3000);
        inOrder.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void ReadingAhead_StoppedEarly_DoesNotHang()
    {
        var csv = Csv("placement_id,placement_date", Enumerable.Range(0, 5000).Select(i => $"P-{i},2026-05-01").ToArray());

        var first = new PlacementCsvReader(new StringReader(csv), readAhead: true).ReadAll().Take(3).Select(p => p.PlacementId).ToList();

        first.ShouldBe(["P-0", "P-1", "P-2"]);
    }
}
