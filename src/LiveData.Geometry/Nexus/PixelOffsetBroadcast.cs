namespace LiveData.Geometry.Nexus;

/// <summary>
/// Spreads an x/y/z_pixel_offset over detector_number's shape as NeXus files use it: one value for every pixel, the
/// full shape, or fewer axes each matched by its length to exactly one detector axis (as scippnexus guesses dims);
/// axes of length 1 broadcast.
/// </summary>
internal static class PixelOffsetBroadcast
{
    public static double[] ToPixels(double[] values, int[] shape, int[] detectorShape, int pixelCount, string where)
    {
        if (values.Length == 1)
        {
            var constant = new double[pixelCount];
            Array.Fill(constant, values[0]);
            return constant;
        }
        if (shape.AsSpan().SequenceEqual(detectorShape))
            return values;

        // For each detector axis, the stride into values (0 where the offset does not vary along it).
        var strides = new int[detectorShape.Length];
        var used = new bool[detectorShape.Length];
        var stride = 1;
        for (var axis = shape.Length - 1; axis >= 0; axis--)
        {
            var length = shape[axis];
            if (length != 1)
            {
                var match = Array.IndexOf(detectorShape, length);
                if (match < 0 || Array.LastIndexOf(detectorShape, length) != match || used[match])
                    throw new NexusStructureException(where,
                        $"shape [{string.Join(", ", shape)}] cannot be broadcast against detector_number's shape " +
                        $"[{string.Join(", ", detectorShape)}]");
                used[match] = true;
                strides[match] = stride;
            }
            stride *= length;
        }

        var result = new double[pixelCount];
        var index = new int[detectorShape.Length];
        for (var pixel = 0; pixel < pixelCount; pixel++)
        {
            var source = 0;
            for (var axis = 0; axis < index.Length; axis++)
                source += index[axis] * strides[axis];
            result[pixel] = values[source];
            for (var axis = index.Length - 1; axis >= 0; axis--)
            {
                if (++index[axis] < detectorShape[axis])
                    break;
                index[axis] = 0;
            }
        }
        return result;
    }
}
