using JobQuality.Web.Features.Canvas;

namespace JobQuality.Web.Features.Shared;

/// <summary>Moving one row of an ordered list (canvas items, first steps, action steps) one place up or down.</summary>
public static class ListOrder
{
    /// <summary>
    /// Swaps the row at <paramref name="index"/> with its neighbour and numbers the list afresh from 0 (which also untangles
    /// equal positions left by two people adding at once), touching only rows whose position changes. False, and nothing
    /// changed, when the row is already first (up) or last (down).
    /// </summary>
    public static bool Move<T>(List<T> rows, int index, MoveDirection direction, Func<T, int> position, Action<T, int> setPosition)
    {
        var target = direction == MoveDirection.Up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= rows.Count) return false;
        (rows[index], rows[target]) = (rows[target], rows[index]);
        for (var place = 0; place < rows.Count; place++)
        {
            if (position(rows[place]) != place) setPosition(rows[place], place);
        }
        return true;
    }
}
