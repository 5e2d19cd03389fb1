namespace JobQuality.Core.Scoring;

/// <summary>How a placement column is typed, which decides the operators a criterion may use on it.</summary>
public enum FieldType
{
    Text,
    Decimal,
    Integer,
    Boolean,
    Date,
}
