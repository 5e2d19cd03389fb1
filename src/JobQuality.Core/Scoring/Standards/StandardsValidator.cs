using System.Text.Json;
using FluentValidation;
using JobQuality.Core.Common;

namespace JobQuality.Core.Scoring.Standards;

/// <summary>
/// Checks standards against SCORING.md section 3 and says, for each problem, which principle and criterion it is in.
/// The same messages appear in the command line and in the web editor.
/// </summary>
public sealed class StandardsValidator : AbstractValidator<StandardsDocument>
{
    private static readonly string PrincipleNames = string.Join(", ", Enum.GetNames<Principle>());
    private static readonly string ModeNames = string.Join(", ", Enum.GetNames<PrincipleMode>());

    public StandardsValidator()
    {
        RuleFor(d => d.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithName("name")
            .WithMessage("Give the standards a \"name\".");
        RuleFor(d => d).Custom(CheckPrinciples);
    }

    private static void CheckPrinciples(StandardsDocument document, ValidationContext<StandardsDocument> context)
    {
        if (document.Principles is null || document.Principles.Count == 0)
        {
            context.AddFailure("principles", "List the principles under \"principles\"; at least one must be Required.");
            return;
        }
        var firstIndex = new Dictionary<Principle, int>();
        var anyRequired = false;
        for (var i = 0; i < document.Principles.Count; i++)
        {
            var path = $"principles[{i}]";
            var entry = document.Principles[i];
            if (entry is null)
            {
                context.AddFailure(path, $"Principle {i + 1} is empty.");
                continue;
            }
            var label = string.IsNullOrWhiteSpace(entry.Principle) ? $"Principle {i + 1}" : entry.Principle.Trim();
            var principle = EnumNames.Parse<Principle>(entry.Principle);
            if (principle is null)
            {
                context.AddFailure($"{path}.principle", string.IsNullOrWhiteSpace(entry.Principle)
                    ? $"Principle {i + 1}: say which principle it is (one of {PrincipleNames})."
                    : $"{label}: not a principle (use one of {PrincipleNames}).");
            }
            else if (!firstIndex.TryAdd(principle.Value, i))
            {
                context.AddFailure($"{path}.principle", $"{principle}: listed twice (principles {firstIndex[principle.Value] + 1} and {i + 1}); list each principle once.");
            }

            var mode = EnumNames.Parse<PrincipleMode>(entry.Mode);
            if (mode is null)
            {
                context.AddFailure($"{path}.mode", $"{label}: mode {(entry.Mode is null ? "is missing" : $"\"{entry.Mode}\" is not valid")} (use one of {ModeNames}).");
            }
            anyRequired |= mode == PrincipleMode.Required;

            var criteria = entry.Criteria ?? [];
            if (mode is PrincipleMode.Required or PrincipleMode.Scored && criteria.Count == 0)
            {
                context.AddFailure($"{path}.criteria", $"{label}: a {mode} principle needs at least one criterion.");
            }
            for (var c = 0; c < criteria.Count; c++)
            {
                if (CriterionProblem(criteria[c]) is { } problem)
                {
                    context.AddFailure($"{path}.criteria[{c}]", $"{label}, criterion {c + 1}: {problem}");
                }
            }
        }
        if (!anyRequired)
        {
            context.AddFailure("principles", "No principle is Required: a quality job is defined by at least one Required principle.");
        }
    }

    /// <summary>What is wrong with one criterion, or null when it is valid.</summary>
    private static string? CriterionProblem(CriterionDocument? criterion)
    {
        if (criterion is null) return "the criterion is empty.";
        if (string.IsNullOrWhiteSpace(criterion.Field)) return "say which \"field\" it tests.";
        var field = PlacementFields.Find(criterion.Field);
        if (field is null) return $"\"{criterion.Field}\" is not a placement field.";
        if (!field.UsableInCriteria) return $"\"{field.Name}\" describes the person or the record, not the job: standards cannot test it.";
        if (string.IsNullOrWhiteSpace(criterion.Op)) return $"say which \"op\" compares {field.Name}.";
        var op = Criterion.FromSymbol(criterion.Op);
        if (op is null) return $"\"{criterion.Op}\" is not an operator (use >=, >, <=, <, =, !=, in, not_in or living_wage).";

        return (field.Type, op.Value) switch
        {
            (_, CriterionOp.LivingWage) when field.Name != "hourly_wage" => "living_wage works only on hourly_wage.",
            (_, CriterionOp.LivingWage) => IsNumber(criterion.Pct, out var pct) && pct > 0 ? null : "living_wage needs \"pct\", a number greater than 0 (100 means the full living wage).",
            (FieldType.Text, CriterionOp.In or CriterionOp.NotIn) => IsTextList(criterion.Values) ? null : $"{criterion.Op.Trim()} needs \"values\", a list of text such as [\"W2\"].",
            (FieldType.Text, _) => $"{field.Name} is a text field: use in or not_in with \"values\".",
            (FieldType.Boolean, CriterionOp.Equal or CriterionOp.NotEqual) => criterion.Value is { ValueKind: JsonValueKind.True or JsonValueKind.False } ? null : $"{field.Name} is a yes/no field: \"value\" must be true or false.",
            (FieldType.Boolean, _) => $"{field.Name} is a yes/no field: use = or != with true or false.",
            (FieldType.Decimal or FieldType.Integer, CriterionOp.In or CriterionOp.NotIn) => $"{field.Name} is a number field: use >=, >, <=, <, = or !=.",
            (FieldType.Decimal or FieldType.Integer, _) => IsNumber(criterion.Value, out _) ? null : $"{criterion.Op.Trim()} needs \"value\", a number.",
            _ => $"{field.Name} cannot be used in a criterion.",
        };
    }

    private static bool IsNumber(JsonElement? element, out decimal value)
    {
        value = 0;
        return element is { ValueKind: JsonValueKind.Number } number && number.TryGetDecimal(out value);
    }

    private static bool IsTextList(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
        && list.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String);
}
