using LiveData.Geometry;
using LiveData.Geometry.Nexus;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// A sample whose scattering is known (a silicon powder, monodisperse spheres, …), so a reduction of its run has a known
/// answer: the events a detector bank or monitor of the instrument would record from it, drawn through the instrument's
/// geometry. <c>livedata nexus run --sample NAME</c> writes such a run; the fakes replay it with <c>--nexus-file</c>.
/// </summary>
public interface IKnownSample
{
    /// <summary>What <c>--sample</c> calls it, e.g. <c>silicon</c>.</summary>
    string Name { get; }

    /// <summary>The instrument it is measured on.</summary>
    string Instrument { get; }

    /// <summary>One line for a scientist: what the sample is and what answer the reduction should give.</summary>
    string Description { get; }

    /// <summary>The events <paramref name="detector"/> records in <paramref name="pulses"/> pulses (ids are its detector numbers).</summary>
    EventDataContent DetectorEvents(InstrumentGeometry geometry, string detector, int pulses, Random random);

    /// <summary>The events <paramref name="monitor"/> records in <paramref name="pulses"/> pulses (the incident beam).</summary>
    EventDataContent MonitorEvents(InstrumentGeometry geometry, string monitor, int pulses, Random random);
}
