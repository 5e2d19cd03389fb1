using JobQuality.Core.Scoring;
using static JobQuality.Core.Tests.Scoring.TestInputs;

namespace JobQuality.Core.Tests.Scoring;

public sealed class LivingWageTableTests
{
    [Fact]
    public void ValidTable_IsReadWithEveryRow()
    {
        var (table, errors) = LivingWageTable.Read(new StringReader(Csv("household_type,county_fips,hourly_wage", "1A0C,18097,19.40", "2a2w1c,18097,21.10")));

        errors.ShouldBeEmpty();
        table!.Find("18097", "1A0C").ShouldBe(19.40m);
        table.Find("18097", "2A2W1C").ShouldBe(21.10m);
        table.Find("18097", "1A1C").ShouldBeNull();
    }

    [Fact]
    public void DuplicateCountyAndHousehold_IsAnError()
    {
        var (table, errors) = LivingWageTable.Read(new StringReader(Csv("county_fips,household_type,hourly_wage", "18097,1A0C,19.40", "18097,1a0c,20.00")));

        table.ShouldBeNull();
        var error = errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(3);
        error.Reason.ShouldContain("row 2");
    }

    [Theory]
    [InlineData("1809,1A0C,19.40", "county_fips")]
    [InlineData("18097,9Z,19.40", "household_type")]
    [InlineData("18097,1A0C,cheap", "hourly_wage")]
    [InlineData("18097,1A0C,", "hourly_wage")]
    public void BadRow_IsReportedWithItsColumn(string row, string column)
    {
        var (table, errors) = LivingWageTable.Read(new StringReader(Csv("county_fips,household_type,hourly_wage", row)));

        table.ShouldBeNull();
        errors.ShouldHaveSingleItem().Column.ShouldBe(column);
    }

    [Fact]
    public void MissingColumn_IsReportedOnTheHeader()
    {
        var (_, errors) = LivingWageTable.Read(new StringReader(Csv("county_fips,hourly_wage", "18097,19.40")));

        errors.ShouldContain(e => e.Row == 1 && e.Column == "household_type");
    }
}
