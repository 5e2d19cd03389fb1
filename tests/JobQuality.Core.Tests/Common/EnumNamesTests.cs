using JobQuality.Core.Common;
using JobQuality.Core.Team;
using JobQuality.Core.Workbook;

namespace JobQuality.Core.Tests.Common;

public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("Convener", Persona.Convener)]
    [InlineData(" convener ", Persona.Convener)]
    [InlineData("POWERBROKER", Persona.Powerbroker)]
    public void Names_AreReadInAnyCase(string text, Persona expected) => EnumNames.Parse<Persona>(text).ShouldBe(expected);

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("Convener, Advocate")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Chair")]
    public void NumbersListsAndUnknownNames_AreNotValues(string? text) => EnumNames.Parse<Persona>(text).ShouldBeNull();

    [Fact]
    public void StoredLevers_IgnoreNumbers() => LeverList.Parse("2, Policy").ShouldBe([Lever.Policy]);
}
