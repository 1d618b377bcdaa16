namespace LiveData.Wire.FlatBuffers;

/// <summary>A table whose header and vtable <see cref="FlatBufferReader"/> has already bounds-checked.</summary>
internal readonly record struct FlatBufferTable(int Position, int VTable, int VTableSize, int ObjectSize);
