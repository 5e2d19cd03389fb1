using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using JobQuality.Core.Scoring;

namespace JobQuality.Data.Placements;

/// <summary>
/// A 128-bit fingerprint (XxHash128) of a placement's stored values, kept with the row so that importing a file again
/// needs no comparison in the database: equal fingerprints mean equal values (a changed row with the same fingerprint
/// is a 1 in 2^128 chance). Values are hashed as the database compares them: text exactly, numbers by value (12.5
/// and 12.50 are equal), blanks as blanks. Each value is tagged with its kind and text with its length, so values
/// cannot run into each other. The fingerprint must never change meaning for stored rows; when it does (a new column,
/// another encoding), rows merely stop matching and are compared value by value once, then stored with the new one.
/// </summary>
internal sealed class PlacementRowHash(IReadOnlyList<PlacementColumn> columns)
{
    public const int Size = 16;

    private byte[] _buffer = new byte[1024];
    private int _length;

    /// <summary>The fingerprint of the placement's values, written to <paramref name="destination"/> (16 bytes).</summary>
    public UInt128 Compute(Placement placement, Span<byte> destination)
    {
        _length = 0;
        foreach (var column in columns) column.Hash(this, placement);
        XxHash128.Hash(_buffer.AsSpan(0, _length), destination);
        return Read(destination);
    }

    /// <summary>A stored fingerprint as a number to compare, or 0 when there is none (rows stored before fingerprints).</summary>
    public static UInt128 Read(ReadOnlySpan<byte> stored) => stored.Length == Size ? MemoryMarshal.Read<UInt128>(stored) : UInt128.Zero;

    /// <summary>A 64-bit key for a placement id, to find the stored row's fingerprint without keeping the id's text.</summary>
    public static ulong KeyOf(string placementId) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(placementId.AsSpan()));

    public void AddNull() => Tag(0);

    public void Add<T>(T value)
    {
        // The JIT keeps only the branch of T for value types.
        if (value is null) AddNull();
        else if (typeof(T) == typeof(string)) Add((string)(object)value);
        else if (typeof(T) == typeof(decimal)) Add((decimal)(object)value);
        else if (typeof(T) == typeof(int)) Add((int)(object)value);
        else if (typeof(T) == typeof(bool)) Tag((bool)(object)value ? (byte)5 : (byte)4);
        else if (typeof(T) == typeof(DateOnly)) Add((DateOnly)(object)value);
        else throw new NotSupportedException($"Placement values of type {typeof(T).Name} cannot be hashed.");
    }

    private void Add(string value)
    {
        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        Reserve(5 + bytes.Length);
        _buffer[_length++] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value.Length);
        _length += 4;
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>By value: trailing zeros of the fraction do not count, nor does the sign of zero.</summary>
    private void Add(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        UInt128 mantissa;
        if (bits[2] == 0)
        {
            // Every wage, share and number of hours: 64-bit arithmetic.
            var small = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            while (scale > 0 && small % 10 == 0)
            {
                small /= 10;
                scale--;
            }
            mantissa = small;
        }
        else
        {
            mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
            while (scale > 0 && mantissa % 10 == 0)
            {
                mantissa /= 10;
                scale--;
            }
        }
        if (mantissa == 0) (scale, negative) = (0, false);
        Reserve(19);
        _buffer[_length++] = 2;
        _buffer[_length++] = (byte)scale;
        _buffer[_length++] = negative ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt128LittleEndian(_buffer.AsSpan(_length), mantissa);
        _length += 16;
    }

    private void Add(int value)
    {
        Reserve(5);
        _buffer[_length++] = 3;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    private void Add(DateOnly value)
    {
        Reserve(5);
        _buffer[_length++] = 6;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value.DayNumber);
        _length += 4;
    }

    private void Tag(byte tag)
    {
        Reserve(1);
        _buffer[_length++] = tag;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
    }
}
