using System.Linq.Expressions;
using System.Reflection;
using JobQuality.Core.Scoring;
using JobQuality.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace JobQuality.Data.Placements;

/// <summary>
/// One mapped column of a placement, with compiled, typed accessors: written to a binary COPY, read from a data reader
/// and added to a <see cref="PlacementRowHash"/> without boxing (a file can have a million rows).
/// </summary>
internal abstract class PlacementColumn(string name)
{
    public string Name { get; } = name;

    public string Quoted => $"\"{Name}\"";

    public abstract void Write(NpgsqlBinaryImporter copy, Placement placement);

    public abstract void Read(NpgsqlDataReader reader, int ordinal, Placement placement);

    public abstract void Hash(PlacementRowHash hash, Placement placement);
}

/// <summary>
/// Every mapped column of a placement but the shadow ones (organization, sequence, row hash), from the EF model:
/// a property added to <see cref="Placement"/> is copied, read and hashed with no change here.
/// </summary>
internal static class PlacementColumns
{
    private static IReadOnlyList<PlacementColumn>? _all;

    public static IReadOnlyList<PlacementColumn> Of(AppDbContext db) => _all ??= Build(db);

    private static List<PlacementColumn> Build(AppDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Placement))!;
        return entity.GetProperties()
            .Where(p => p.PropertyInfo is not null && p.Name != PlacementConfiguration.RowHash)
            .Select(p => Create(p.GetColumnName(), p.PropertyInfo!))
            .ToList();
    }

    private static PlacementColumn Create(string name, PropertyInfo property)
    {
        var underlying = Nullable.GetUnderlyingType(property.PropertyType);
        var type = TypeOf(underlying ?? property.PropertyType);
        var columnType = underlying is not null
            ? typeof(NullableColumn<>).MakeGenericType(underlying)
            : typeof(ValueColumn<>).MakeGenericType(property.PropertyType);
        var placement = Expression.Parameter(typeof(Placement));
        var value = Expression.Parameter(property.PropertyType);
        var get = Expression.Lambda(
            typeof(Func<,>).MakeGenericType(typeof(Placement), property.PropertyType), Expression.Property(placement, property), placement).Compile();
        var set = Expression.Lambda(
            typeof(Action<,>).MakeGenericType(typeof(Placement), property.PropertyType),
            Expression.Assign(Expression.Property(placement, property), value), placement, value).Compile();
        return (PlacementColumn)Activator.CreateInstance(columnType, name, type, get, set)!;
    }

    private static NpgsqlDbType TypeOf(Type type) =>
        type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(decimal) ? NpgsqlDbType.Numeric
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(DateOnly) ? NpgsqlDbType.Date
        : throw new NotSupportedException($"No COPY type for placement values of type {type.Name}.");

    /// <summary>A column of a reference type (text) or of a value type that is never null (the placement date).</summary>
    private sealed class ValueColumn<T>(string name, NpgsqlDbType type, Func<Placement, T> get, Action<Placement, T> set) : PlacementColumn(name)
    {
        public override void Write(NpgsqlBinaryImporter copy, Placement placement)
        {
            var value = get(placement);
            if (value is null) copy.WriteNull();
            else copy.Write(value, type);
        }

        public override void Read(NpgsqlDataReader reader, int ordinal, Placement placement) =>
            set(placement, reader.IsDBNull(ordinal) ? default! : reader.GetFieldValue<T>(ordinal));

        public override void Hash(PlacementRowHash hash, Placement placement) => hash.Add(get(placement));
    }

    /// <summary>A column of a nullable value type (numbers, yes/no): null is a blank cell.</summary>
    private sealed class NullableColumn<T>(string name, NpgsqlDbType type, Func<Placement, T?> get, Action<Placement, T?> set) : PlacementColumn(name)
        where T : struct
    {
        public override void Write(NpgsqlBinaryImporter copy, Placement placement)
        {
            var value = get(placement);
            if (value is { } present) copy.Write(present, type);
            else copy.WriteNull();
        }

        public override void Read(NpgsqlDataReader reader, int ordinal, Placement placement) =>
            set(placement, reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal));

        public override void Hash(PlacementRowHash hash, Placement placement)
        {
            if (get(placement) is { } present) hash.Add(present);
            else hash.AddNull();
        }
    }
}
