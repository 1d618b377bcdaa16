using System.Runtime.CompilerServices;
using Google.FlatBuffers;

namespace LiveData.Wire.FlatBuffers;

/// <summary>Writes spans as FlatBuffers vectors in one block copy.</summary>
/// <remarks>The runtime package has no span overloads, so the span is pinned and passed as a pointer.</remarks>
internal static class FlatBufferVectors
{
    /// <param name="alignment">Alignment of the first element relative to the buffer end; at least the element size.</param>
    public static unsafe VectorOffset Create<T>(FlatBufferBuilder builder, ReadOnlySpan<T> values, int alignment)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        builder.StartVector(size, values.Length, Math.Max(alignment, size));
        if (!values.IsEmpty)
        {
            fixed (T* first = values)
            {
                builder.Add<T>((IntPtr)first, values.Length * size);
            }
        }

        return builder.EndVector();
    }

    public static VectorOffset Create<T>(FlatBufferBuilder builder, ReadOnlySpan<T> values)
        where T : unmanaged
        => Create(builder, values, Unsafe.SizeOf<T>());

    /// <summary>A vector of offsets to strings or tables built earlier.</summary>
    public static VectorOffset CreateOffsets(FlatBufferBuilder builder, ReadOnlySpan<int> offsets)
    {
        builder.StartVector(4, offsets.Length, 4);
        for (var i = offsets.Length - 1; i >= 0; i--)
        {
            builder.AddOffset(offsets[i]); // Relative offsets depend on position, so no block copy.
        }

        return builder.EndVector();
    }
}
