using JobQuality.Core.Worksheets;
using JobQuality.Web.Features.Workbook;

namespace JobQuality.Web.Features.Worksheets;

/// <summary>A row of worksheet 1, with the version to save or delete from.</summary>
public sealed record DataNeedView(
    Guid Id, DataPurpose Purpose, string DataType, DataAvailability Availability, string Holder, string Location, int Position, uint Version)
{
    public static DataNeedView From(DataNeed n) => new(n.Id, n.Purpose, n.DataType, n.Availability, n.Holder, n.Location, n.Position, n.Version);

    public DataNeed ToNeed() => new()
    {
        Id = Id,
        Purpose = Purpose,
        DataType = DataType,
        Availability = Availability,
        Holder = Holder,
        Location = Location,
        Position = Position,
    };
}

/// <summary>A key difference of worksheet 2 and its sentence.</summary>
public sealed record KeyDifferenceView(Guid Id, string Difference, string Evidence, string Sentence, int Position, uint Version)
{
    public static KeyDifferenceView From(KeyDifference d) =>
        new(d.Id, d.Difference, d.Evidence, KeyDifference.Sentence(d.Difference, d.Evidence), d.Position, d.Version);
}

/// <summary>An indicator of a key difference.</summary>
public sealed record IndicatorView(Guid Id, Guid KeyDifferenceId, IndicatorKind Kind, string Text, int Position, uint Version)
{
    public static IndicatorView From(SuccessIndicator i) => new(i.Id, i.KeyDifferenceId, i.Kind, i.Text, i.Position, i.Version);
}

/// <summary>Everything the data worksheets page shows: the checklist and commitment answers, both worksheets, and the gaps.</summary>
public sealed record DataWorksheetsView(
    Guid PlanId,
    IReadOnlyDictionary<string, AnswerView> Answers,
    IReadOnlyList<DataNeedView> Needs,
    IReadOnlyList<KeyDifferenceView> Differences,
    IReadOnlyList<IndicatorView> Indicators,
    DataGapsView Gaps);

/// <summary>The data of one holder, and what to do next about it.</summary>
public sealed record HolderGapView(string Holder, string NextStep, IReadOnlyList<DataNeedView> Needs);

/// <summary>The gap view: needed data that does not exist yet, data others hold (by holder), data in hand, rows not checked.</summary>
public sealed record DataGapsView(
    IReadOnlyList<DataNeedView> Missing, IReadOnlyList<HolderGapView> Held, IReadOnlyList<DataNeedView> InHand, IReadOnlyList<DataNeedView> NotChecked)
{
    public static DataGapsView From(DataGaps gaps) => new(
        gaps.Missing.Select(DataNeedView.From).ToList(),
        gaps.Held.Select(g => new HolderGapView(g.Holder, DataGaps.NextStep(g), g.Needs.Select(DataNeedView.From).ToList())).ToList(),
        gaps.InHand.Select(DataNeedView.From).ToList(),
        gaps.NotChecked.Select(DataNeedView.From).ToList());

    public static DataGapsView Of(IEnumerable<DataNeed> needs) => From(DataGaps.Of(needs));
}
