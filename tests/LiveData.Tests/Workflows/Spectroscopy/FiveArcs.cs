using LiveData.Core.Beamline;
using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Workflows;
using LiveData.Workflows.Spectroscopy;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Spectroscopy;

/// <summary>
/// One pixel per analyser arc (detector numbers 1–5, arc = number − 1), each 1 m from the sample at the origin: pixel
/// 1 at (1, 0, 0), 2θ = 90°. The source 100 m upstream; a lookup table whose wavelength is the time at the sample /
/// 10⁷ Å per ns at every distance, so λ_i is read off by hand. For pixel 1 (E_f = 2.7 meV): λ_f = √(81.80421 / 2.7) =
/// 5.504349 Å, k_f = 2π / λ_f = 1.141495 1/Å, v_f = 3956.034 / λ_f = 718.7106 m/s, secondary flight 1 m / v_f = 1391381 ns.
/// The normalisation monitor, 2 m before the sample, saw one neutron of 3.92 Å and three of 4.01–4.03 Å: in 0.05 Å bins
/// from 3.90 Å, p = 3 / (0.05 Å · 4) in the bin [4.00, 4.05), so a 4 Å event weighs 0.05 · 4 / 3 = 0.0666667 Å/pC, and
/// nothing in [3.95, 4.00).
/// </summary>
internal sealed class FiveArcs : IInstrumentFiles, IDisposable
{
    public const double WeightAt4Angstrom = 0.05 * 4 / 3.0;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-five-arcs-");

    public const string Detector = "unified_detector";
    public const int Ns = 10_000_000;
    public const int SecondaryNs = 1_391_381;
    public static readonly DetectorBank Bank = new(Detector, 1, 5, [new("arc", 5)]);

    public InstrumentGeometry Geometry { get; } = new(
        [new DetectorGeometry(Detector, $"/entry/instrument/{Detector}", [1, 2, 3, 4, 5], [5],
            [new(1, 0, 0), new(0, 0, 1), new(0, 0, 1), new(0, 0, 1), new(-1, 0, 0)], TransformationChain.Empty)],
        [new ComponentGeometry(NormalizationRun.Monitor, $"/entry/instrument/{NormalizationRun.Monitor}", new TransformationChain(
            [new Transformation($"/entry/instrument/{NormalizationRun.Monitor}/transformations/t", TransformationType.Translation, -2, "m", new(0, 0, 1), Vector3d.Zero, null, false)]))],
        new ComponentGeometry("sample", "/entry/sample", TransformationChain.Empty),
        new ComponentGeometry("source", "/entry/instrument/source", new TransformationChain(
            [new Transformation("/entry/instrument/source/transformations/t", TransformationType.Translation, -100, "m", new(0, 0, 1), Vector3d.Zero, null, false)])));

    public WavelengthLookupTable LookupTable { get; } =
        new([50, 150], [0, 10.0 * Ns], [0, 10, 0, 10], null, 1e9 / 14, 1, 100, 10.0 * Ns);

    public string DataFilePath(string fileName)
    {
        var path = Path.Combine(_folder.FullName, fileName);
        if (fileName == NormalizationRun.FileName && !File.Exists(path))
        {
            var events = new EventDataContent([1, 1, 1, 1], [39_200_000, 40_100_000, 40_200_000, 40_300_000], [0], [0]);
            NexusFileWriter.Write(path, new InstrumentContent("bifrost", [], [new ComponentContent(NormalizationRun.Monitor, [], events)],
                new ComponentContent("sample", []), new ComponentContent("source", [])));
        }
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
