using System.Text.RegularExpressions;

namespace JobQuality.Web.Features.LivingWage;

/// <summary>Household type codes of living wage calculators in words: "2A1W2C" is two adults, one working, two children.</summary>
public static partial class HouseholdTypeWords
{
    public static string Describe(string code)
    {
        var match = Code().Match(code);
        if (!match.Success) return code;
        var adults = int.Parse(match.Groups["adults"].Value);
        var children = int.Parse(match.Groups["children"].Value);
        var adultsText = adults == 1 ? "1 adult" : $"{adults} adults";
        if (match.Groups["working"].Success)
        {
            var working = int.Parse(match.Groups["working"].Value);
            adultsText += working == adults ? " (both working)" : $" ({working} working)";
        }
        var childrenText = children switch { 0 => "no children", 1 => "1 child", _ => $"{children} children" };
        return $"{adultsText}, {childrenText}";
    }

    [GeneratedRegex("^(?<adults>[0-9])A((?<working>[0-9])W)?(?<children>[0-9])C$")]
    private static partial Regex Code();
}
