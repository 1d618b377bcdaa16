using System.Globalization;
using LiveData.Workflows.Unavailable;

namespace LiveData.Workflows.Wavelength;

/// <summary>
/// The lookup-table rows of a component's flight paths, checked once when a job starts: a table it cannot use is
/// an ERR that says why, rather than a histogram that silently stays empty.
/// </summary>
public static class FlightPathRows
{
    /// <exception cref="WorkflowNotAvailableException">the table skips pulses, or does not cover a flight path.</exception>
    public static DistanceRow[] Of(WavelengthLookupTable table, IReadOnlyList<double> flightPathsM, string component)
    {
        if (table.PulseStride != 1)
        {
            throw new WorkflowNotAvailableException(
                $"the wavelength lookup table has pulse stride {table.PulseStride}; LiveData only converts tables without pulse skipping (stride 1)");
        }
        var rows = new DistanceRow[flightPathsM.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = table.Row(flightPathsM[i]);
            if (rows[i].IsOutside)
            {
                throw new WorkflowNotAvailableException(string.Create(CultureInfo.InvariantCulture,
                    $"the wavelength lookup table covers flight paths {table.DistancesM[0]:0.###} to {table.DistancesM[^1]:0.###} m, "
                    + $"but {component} has one of {flightPathsM[i]:0.###} m: make a table that covers it (`livedata lookup-table`)"));
            }
        }
        return rows;
    }

    /// <summary>The table row of <paramref name="monitor"/>'s flight path from the source, both from the instrument's files.</summary>
    /// <param name="purpose">What needs it, for the error ("wavelength mode", "I(Q)").</param>
    /// <exception cref="WorkflowNotAvailableException">the geometry lacks the monitor or the source, or the table does not cover it.</exception>
    public static DistanceRow OfMonitor(IInstrumentFiles files, string monitor, string purpose)
    {
        double flightPath;
        try
        {
            flightPath = FlightPaths.Monitor(files.Geometry, monitor);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new WorkflowNotAvailableException($"{purpose} needs the flight path of {monitor}: {e.Message}");
        }
        return Of(files.LookupTable, [flightPath], monitor)[0];
    }
}
