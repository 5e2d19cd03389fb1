namespace JobQuality.Core.Common;

/// <summary>A row of a plan's list (a worksheet row, an indicator, a first step): found by its id within its plan, and co-edited.</summary>
public interface IPlanRow : IConcurrencyVersioned
{
    Guid Id { get; }
    Guid PlanId { get; }
}
