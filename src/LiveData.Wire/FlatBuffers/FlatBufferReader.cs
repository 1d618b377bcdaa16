using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace LiveData.Wire.FlatBuffers;

/// <summary>
/// Bounds-checked reads of FlatBuffers tables, scalars, vectors and strings straight from a span.
/// </summary>
/// <remarks>
/// Every offset is checked before it is followed, so hostile input ends in a
/// <see cref="WireFormatException"/> instead of an index error. Positions are combined in
/// <see cref="long"/> so a 32-bit offset cannot wrap around a check.
/// Vectors are reinterpreted in place with <see cref="MemoryMarshal.Cast{TFrom,TTo}(ReadOnlySpan{TFrom})"/>:
/// FlatBuffers is little-endian like every host .NET runs on, and the span handed in (e.g. a Kafka
/// buffer) may sit at any address, which x64 and arm64 read without faulting, so no copy is needed.
/// </remarks>
internal readonly ref struct FlatBufferReader
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly string _schema;

    private FlatBufferReader(ReadOnlySpan<byte> buffer, string schema)
    {
        _buffer = buffer;
        _schema = schema;
    }

    /// <summary>Checks the header and the file identifier <paramref name="schema"/>.</summary>
    public static FlatBufferReader Open(ReadOnlySpan<byte> payload, string schema)
    {
        var reader = new FlatBufferReader(payload, schema);
        if (payload.Length < 8)
        {
            throw reader.Error($"payload of {payload.Length} bytes is shorter than the 8-byte FlatBuffers header");
        }

        for (var i = 0; i < 4; i++)
        {
            if (payload[4 + i] != schema[i])
            {
                throw reader.Error($"file identifier is '{Encoding.Latin1.GetString(payload.Slice(4, 4))}', expected '{schema}'");
            }
        }

        return reader;
    }

    public int Length => _buffer.Length;

    public WireFormatException Error(string message) => new($"{_schema}: {message}");

    public FlatBufferTable Root() => TableAt(Follow(0, "root table offset"), "root table");

    public FlatBufferTable TableAt(int position, string what)
    {
        Require(position, 4, what);
        var vtable = position - (long)BinaryPrimitives.ReadInt32LittleEndian(_buffer[position..]);
        if (vtable < 0 || vtable + 4 > _buffer.Length)
        {
            throw Error($"vtable of {what} at {vtable} lies outside the buffer ({_buffer.Length} bytes)");
        }

        var vt = (int)vtable;
        var vtableSize = BinaryPrimitives.ReadUInt16LittleEndian(_buffer[vt..]);
        var objectSize = BinaryPrimitives.ReadUInt16LittleEndian(_buffer[(vt + 2)..]);
        if (vtableSize < 4 || vt + vtableSize > _buffer.Length)
        {
            throw Error($"vtable of {what} (offset {vt}, size {vtableSize}) extends past end of buffer ({_buffer.Length} bytes)");
        }

        if (objectSize < 4 || position + (long)objectSize > _buffer.Length)
        {
            throw Error($"{what} (offset {position}, size {objectSize}) extends past end of buffer ({_buffer.Length} bytes)");
        }

        return new FlatBufferTable(position, vt, vtableSize, objectSize);
    }

    /// <summary>Reads a scalar field, or <paramref name="defaultValue"/> when the field is absent.</summary>
    public T Scalar<T>(FlatBufferTable table, int slot, string field, T defaultValue = default)
        where T : unmanaged
    {
        var position = FieldPosition(table, slot, field, Unsafe.SizeOf<T>());
        return position < 0 ? defaultValue : MemoryMarshal.Read<T>(_buffer[position..]);
    }

    /// <summary>Follows an offset field (string, vector, table); -1 when the field is absent.</summary>
    public int Reference(FlatBufferTable table, int slot, string field)
    {
        var position = FieldPosition(table, slot, field, 4);
        return position < 0 ? -1 : Follow(position, field);
    }

    public bool TryVector<T>(FlatBufferTable table, int slot, string field, out ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var position = Reference(table, slot, field);
        values = position < 0 ? default : VectorAt<T>(position, field);
        return position >= 0;
    }

    public ReadOnlySpan<T> VectorAt<T>(int position, string field)
        where T : unmanaged
        => MemoryMarshal.Cast<byte, T>(VectorBytes(position, Unsafe.SizeOf<T>(), field));

    /// <summary>A string field decoded as UTF-8 (invalid bytes become U+FFFD), or null when absent.</summary>
    public string? String(FlatBufferTable table, int slot, string field)
        => TryVector<byte>(table, slot, field, out var utf8) ? Encoding.UTF8.GetString(utf8) : null;

    public string RequiredString(FlatBufferTable table, int slot, string field)
        => String(table, slot, field) ?? throw Error($"required field '{field}' is absent");

    public string StringAt(int position, string field) => Encoding.UTF8.GetString(VectorAt<byte>(position, field));

    /// <summary>
    /// Position of the first element of a vector of offsets (tables or strings), with its length;
    /// -1 and 0 when the field is absent. Element i is followed with <see cref="Follow"/> at
    /// <c>first + 4 * i</c>.
    /// </summary>
    public int OffsetVector(FlatBufferTable table, int slot, string field, out int count)
    {
        var position = Reference(table, slot, field);
        count = position < 0 ? 0 : VectorBytes(position, 4, field).Length / 4;
        return position < 0 ? -1 : position + 4;
    }

    /// <summary>Follows the unsigned offset stored at <paramref name="position"/>.</summary>
    public int Follow(int position, string what)
    {
        Require(position, 4, what);
        var target = position + (long)BinaryPrimitives.ReadUInt32LittleEndian(_buffer[position..]);
        if (target >= _buffer.Length)
        {
            throw Error($"offset of '{what}' at {position} points past end of buffer (target {target}, buffer {_buffer.Length})");
        }

        return (int)target;
    }

    private ReadOnlySpan<byte> VectorBytes(int position, int elementSize, string field)
    {
        if (position + 4L > _buffer.Length)
        {
            throw Error($"length of vector '{field}' at {position} extends past end of buffer ({_buffer.Length} bytes)");
        }

        var start = position + 4L;
        var length = BinaryPrimitives.ReadUInt32LittleEndian(_buffer[position..]) * (long)elementSize;
        if (start + length > _buffer.Length)
        {
            throw Error($"vector '{field}' extends past end of buffer (offset {start}, length {length}, buffer {_buffer.Length})");
        }

        return _buffer.Slice((int)start, (int)length);
    }

    private int FieldPosition(FlatBufferTable table, int slot, string field, int size)
    {
        var entry = 4 + 2 * slot;
        if (entry + 2 > table.VTableSize)
        {
            return -1; // Written by an older schema version that did not have this field.
        }

        int offset = BinaryPrimitives.ReadUInt16LittleEndian(_buffer[(table.VTable + entry)..]);
        if (offset == 0)
        {
            return -1;
        }

        if (offset + size > table.ObjectSize)
        {
            throw Error($"field '{field}' (offset {offset}, size {size}) lies outside its table of {table.ObjectSize} bytes");
        }

        return table.Position + offset;
    }

    private void Require(int position, int size, string what)
    {
        if (position < 0 || position + (long)size > _buffer.Length)
        {
            throw Error($"{what} at {position} ({size} bytes) extends past end of buffer ({_buffer.Length} bytes)");
        }
    }
}
