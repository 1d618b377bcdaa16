using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveData.Wire.Ad00;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;
using LiveData.Wire.X5f2;

namespace LiveData.Tests.Wire;

/// <summary>Encode then decode gives back what was encoded, for generated valid messages of every binary schema.</summary>
public sealed class CodecRoundTripProperties
{
    private const int Cases = 1000;

    /// <summary>Names as instruments use them, including non-ASCII units; no lone surrogates, which UTF-8 cannot carry.</summary>
    private static readonly Gen<string> Text =
        Gen.Elements("abcxyz_/:-. 0123456789μÅé漢".ToCharArray()).ArrayOf().Select(chars => new string(chars));

    private static Gen<T> Any<T>() => ArbMap.Default.GeneratorFor<T>();

    private static Gen<T[]> ArrayOf<T>() => Any<T>().ArrayOf();

    private static readonly Gen<F144Value> F144Values = Gen.OneOf(
        ArrayOf<double>().Select(F144Value.Array),
        ArrayOf<long>().Select(F144Value.Array),
        Any<double>().Select(F144Value.Scalar),
        Any<sbyte>().Select(v => F144Value.Create(new[] { v }, isArray: false)),
        ArrayOf<uint>().Select(v => F144Value.Create(v, isArray: true)));

    private static readonly Gen<(Ad00DataType Type, byte[] Data, int Count)> Pixels = Gen.OneOf(
        ArrayOf<ushort>().Select(v => (Ad00DataType.UInt16, v.SelectMany(BitConverter.GetBytes).ToArray(), v.Length)),
        ArrayOf<double>().Select(v => (Ad00DataType.Float64, v.SelectMany(BitConverter.GetBytes).ToArray(), v.Length)));

    private static readonly Gen<Da00Variable> Variables =
        from name in Text
        from unit in Text.OrNull()
        from label in Text.OrNull()
        from values in ArrayOf<double>()
        select Da00Variable.Doubles(name, unit, [name], [values.Length], values, label);

    [Property(MaxTest = Cases)]
    public Property Ev44_round_trips() => Prop.ForAll(
        (from name in Text
         from id in Any<long>()
         from times in ArrayOf<long>()
         from index in ArrayOf<int>()
         from tof in ArrayOf<int>()
         from pixels in ArrayOf<int>()
         select (name, id, times, index, tof, pixels)).ToArbitrary(),
        m =>
        {
            var view = Ev44View.Read(Ev44Encoder.Encode(m.name, m.id, m.times, m.index, m.tof, m.pixels));
            return view.SourceName == m.name && view.MessageId == m.id && view.ReferenceTime.SequenceEqual(m.times)
                && view.ReferenceTimeIndex.SequenceEqual(m.index) && view.TimeOfFlight.SequenceEqual(m.tof) && view.PixelId.SequenceEqual(m.pixels);
        });

    [Property(MaxTest = Cases)]
    public Property F144_round_trips() => Prop.ForAll(
        (from name in Text
         from timestamp in Any<long>()
         from value in F144Values
         select new F144LogData(name, timestamp, value)).ToArbitrary(),
        log => F144Codec.Decode(F144Codec.Encode(log)) == log);

    [Property(MaxTest = Cases)]
    public Property X5f2_round_trips() => Prop.ForAll(
        (from software in Text
         from version in Text
         from service in Text
         from host in Text
         from pid in Any<uint>()
         from interval in Any<uint>()
         from json in Text
         select new X5f2Status(software, version, service, host, pid, interval, json)).ToArbitrary(),
        status => X5f2Codec.Decode(X5f2Codec.Encode(status)) == status);

    [Property(MaxTest = Cases)]
    public Property Ad00_round_trips() => Prop.ForAll(
        (from name in Text
         from id in Any<int>()
         from timestamp in Any<long>()
         from pixels in Pixels
         select new Ad00Array(name, id, timestamp, [pixels.Count], pixels.Type, pixels.Data)).ToArbitrary(),
        image => Ad00Codec.Decode(Ad00Codec.Encode(image)) == image);

    [Property(MaxTest = Cases)]
    public Property Da00_round_trips() => Prop.ForAll(
        (from name in Text
         from timestamp in Any<long>()
         from variables in Variables.ArrayOf()
         from note in Text
         select new Da00DataArray(name, timestamp, [.. variables, Da00Variable.CString("note", note)])).ToArbitrary(),
        array => Da00Codec.Decode(Da00Codec.Encode(array)) == array);
}
