namespace LiveData.Bench.Kernels;

/// <summary>
/// The numpy side of a reduction's comparison, run by Debian's python3: the same per-event formula as the C# kernel,
/// vectorised over the events file and the exported arrays (<see cref="ReductionArrays"/>): λ by the same bilinear
/// interpolation in the same table, the reduction's quantity and filters, a flat bin index, then np.bincount with
/// weights (which adds in event order, as the kernel does). Timed as <see cref="NumpyScript"/>: best of several
/// repeats, not the file loads.
/// Arguments: directory (events.bin and the arrays), kind (powder, sans, reflectometry or qmap), repeats.
/// Prints the best rate (events/s); writes the histogram to numpy_histogram.f64 (weights, then their squares where the reduction keeps variances).
/// </summary>
internal static class ReductionNumpyScript
{
    public const string EventsFile = "events.bin";

    public const string HistogramFile = "numpy_histogram.f64";

    public const string Source = """
        import json, os, sys, time
        import numpy as np

        directory, kind, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
        def load(name):
            return np.fromfile(os.path.join(directory, name), dtype=np.float64 if name.endswith(".f64") else np.int32)
        with open(os.path.join(directory, "scalars.json")) as f:
            s = json.load(f)
        data = load("events.bin")
        n = data.size // 2
        pixel_id, eto = data[:n], data[n:]
        table, table_offsets = load("table_wavelengths.f64"), load("table_offsets_ns.f64")
        row_offset, row_weight = load("row_offset.i32"), load("row_weight.f64")
        last_column = table_offsets.size - 1
        columns_per_ns = last_column / table_offsets[-1]
        first = s["first_detector_number"]

        def along(cell, fraction):
            # A point on a grid line reads only that line (the neighbour may be NaN or past the table).
            near = table[cell]
            return np.where(fraction == 0, near, near + fraction * (table[np.minimum(cell + 1, table.size - 1)] - near))

        def wavelength(pixel, offset_ns):
            # The events with a wavelength and their λ (Å): bilinear between the pixel's two distance rows.
            x = offset_ns * columns_per_ns
            offset = row_offset[pixel]
            has = (offset >= 0) & (x >= 0) & (x <= last_column)
            x, offset, weight = x[has], offset[has], row_weight[pixel[has]]
            column = x.astype(np.intp)
            fraction = x - column
            near = offset + column
            at_row = along(near, fraction)
            next_row = along(np.minimum(near + last_column + 1, table.size - 1), fraction)
            return has, np.where(weight == 0, at_row, at_row + weight * (next_row - at_row))

        def on_bank(count):
            pixel = pixel_id - first
            on = (pixel >= 0) & (pixel < count)
            return pixel[on], eto[on]

        def linear_bin(values, edges):
            return np.minimum(((values - edges[0]) * ((edges.size - 1) / (edges[-1] - edges[0]))).astype(np.intp), edges.size - 2)

        if kind == "powder":
            sin_theta, fine_row, d_edges = load("sin_theta.f64"), load("fine_row.i32"), load("dspacing_edges.f64")
            cells = s["fine_rows"] * (d_edges.size - 1)
            def call():
                pixel, offset = on_bank(fine_row.size)
                kept = fine_row[pixel] >= 0
                pixel, offset = pixel[kept], offset[kept]
                has, lam = wavelength(pixel, offset)
                pixel = pixel[has]
                band = (lam >= s["wavelength_start"]) & (lam <= s["wavelength_stop"])
                lam, pixel = lam[band], pixel[band]
                sin = sin_theta[pixel]
                d = lam / (2 * sin)
                inside = (d >= d_edges[0]) & (d < d_edges[-1])
                d, sin, pixel = d[inside], sin[inside], pixel[inside]
                d2 = d * d
                weight = d2 * d2 * sin
                cell = fine_row[pixel].astype(np.intp) * (d_edges.size - 1) + linear_bin(d, d_edges)
                return np.concatenate([np.bincount(cell, weight, cells), np.bincount(cell, weight * weight, cells)])
        elif kind == "sans":
            sin_theta, q_edges = load("sin_theta.f64"), load("q_edges.f64")
            def call():
                pixel, offset = on_bank(sin_theta.size)
                has, lam = wavelength(pixel, offset)
                pixel = pixel[has]
                band = (lam >= s["wavelength_start"]) & (lam < s["wavelength_stop"])
                q = 4 * np.pi * sin_theta[pixel[band]] / lam[band]
                q = q[(q >= q_edges[0]) & (q < q_edges[-1])]
                return np.bincount(np.searchsorted(q_edges, q, side="right") - 1, minlength=q_edges.size - 1).astype(np.float64)
        elif kind == "reflectometry":
            theta_bin, weights, lam_edges = load("theta_bin.i32"), load("weight.f64"), load("wavelength_edges.f64")
            cells = s["theta_bins"] * (lam_edges.size - 1)
            def call():
                pixel, offset = on_bank(theta_bin.size)
                kept = theta_bin[pixel] >= 0
                pixel, offset = pixel[kept], offset[kept]
                has, lam = wavelength(pixel, offset)
                pixel = pixel[has]
                inside = (lam >= lam_edges[0]) & (lam < lam_edges[-1])
                lam, pixel = lam[inside], pixel[inside]
                cell = theta_bin[pixel].astype(np.intp) * (lam_edges.size - 1) + linear_bin(lam, lam_edges)
                weight = weights[pixel]
                return np.concatenate([np.bincount(cell, weight, cells), np.bincount(cell, weight * weight, cells)])
        elif kind == "qmap":
            arc, final_energy = load("arc.i32"), load("final_energy.f64")
            kf_x, kf_y, kf_z = load("kf_x.f64"), load("kf_y.f64"), load("kf_z.f64")
            secondary, spectrum = load("secondary_time_ns.f64"), load("spectrum_weight.f64")
            q_edges, e_edges = load("q_edges.f64"), load("energy_edges.f64")
            period, cosine, sine = s["pulse_period_ns"], s["a3_cosine"], s["a3_sine"]
            columns, rows = q_edges.size - 1, e_edges.size - 1
            cells = int(s["arcs"]) * rows * columns
            def in_bin(values, edges):
                inside = (values >= edges[0]) & (values < edges[-1])
                return inside, np.searchsorted(edges, values, side="right") - 1
            def call():
                pixel, offset = on_bank(arc.size)
                pixel, offset = pixel[arc[pixel] >= 0], offset[arc[pixel] >= 0]
                # C#'s % on doubles is fmod: the remainder takes the dividend's sign.
                at_sample = np.fmod(offset - secondary[pixel], period)
                at_sample = np.where(at_sample < 0, at_sample + period, at_sample)
                has, lam = wavelength(pixel, at_sample)
                pixel = pixel[has]
                index = (lam - s["spectrum_start"]) / s["spectrum_bin_width"]
                seen = (index >= 0) & (index < spectrum.size)
                weight = np.full(lam.size, np.nan)
                weight[seen] = spectrum[index[seen].astype(np.intp)]
                kept = weight > 0
                lam, pixel, weight = lam[kept], pixel[kept], weight[kept]
                energy_transfer = 81.80421 / (lam * lam) - final_energy[pixel]
                lab_x, qy, lab_z = -kf_x[pixel], -kf_y[pixel], 2 * np.pi / lam - kf_z[pixel]
                qx = lab_x * cosine - lab_z * sine
                qz = lab_x * sine + lab_z * cosine
                q_in, q_bin = in_bin(np.sqrt(qx * qx + qy * qy + qz * qz), q_edges)
                e_in, e_bin = in_bin(energy_transfer, e_edges)
                inside = q_in & e_in
                weight = weight[inside]
                cell = arc[pixel[inside]].astype(np.intp) * (rows * columns) + e_bin[inside] * columns + q_bin[inside]
                return np.concatenate([np.bincount(cell, weight, cells), np.bincount(cell, weight * weight, cells)])
        else:
            sys.exit("unknown kind " + kind)
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            histogram = call()
            best = min(best, time.perf_counter() - start)
        histogram.tofile(os.path.join(directory, "numpy_histogram.f64"))
        print(n / best)
        """;
}
