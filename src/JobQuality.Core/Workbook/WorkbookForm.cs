namespace JobQuality.Core.Workbook;

/// <summary>How a form field is typed in.</summary>
public enum FieldKind
{
    /// <summary>A few lines of free text.</summary>
    Text,

    /// <summary>Free text, one link (web address) per line; shown as links when read.</summary>
    Links,

    /// <summary>Any of the five levers for change, stored as their names separated by commas.</summary>
    Levers,

    /// <summary>A tick box: "yes" when ticked, blank when not.</summary>
    Check,
}

/// <summary>A question on a form-style tool, with the guidance shown beside it.</summary>
public sealed record FormField(string Key, string Label, string Guidance, FieldKind Kind = FieldKind.Text, string? Example = null);

/// <summary>A titled group of fields, like one part of the project charter.</summary>
public sealed record FormSection(string Key, string Title, string Introduction, IReadOnlyList<FormField> Fields);

/// <summary>The questions of a form-style tool. Answers are stored as <see cref="WorkbookAnswer"/> rows keyed by field.</summary>
public sealed record WorkbookForm(string ToolKey, IReadOnlyList<FormSection> Sections)
{
    public IEnumerable<FormField> Fields => Sections.SelectMany(s => s.Fields);

    public FormField? FindField(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>Not started with no answer, done when every field has one, in progress in between.</summary>
    public Plans.ToolProgress Progress(IReadOnlyDictionary<string, string> answers) =>
        Progress(answers.Where(a => !string.IsNullOrWhiteSpace(a.Value)).Select(a => a.Key));

    /// <summary>As above, from the keys of the questions that have a non-blank answer.</summary>
    public Plans.ToolProgress Progress(IEnumerable<string> answeredFieldKeys)
    {
        var keys = answeredFieldKeys.ToHashSet();
        var answered = Fields.Count(f => keys.Contains(f.Key));
        if (answered == 0) return Plans.ToolProgress.NotStarted;
        return answered == Fields.Count() ? Plans.ToolProgress.Done : Plans.ToolProgress.InProgress;
    }

    /// <summary>The forms by tool key.</summary>
    public static IReadOnlyDictionary<string, WorkbookForm> All { get; } = new[]
    {
        Foundations.Form, ProjectCharter.Form, Canvas.JobQualityCanvas.MissionForm, Worksheets.DataWorksheets.Form, OurCharge.Form, Governance.Form,
    }
        .ToDictionary(f => f.ToolKey);
}
