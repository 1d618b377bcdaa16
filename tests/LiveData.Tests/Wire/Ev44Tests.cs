using System.Buffers.Binary;
using LiveData.Wire;
using LiveData.Wire.Ev44;

namespace LiveData.Tests.Wire;

public sealed class Ev44Tests
{
    [Fact]
    public void Reads_a_monitor_message()
    {
        var view = Ev44View.Read(WireVectors.Bytes("ev44_monitor_small"));

        view.SourceName.Should().Be("monitor1");
        view.SourceNameUtf8.ToArray().Should().Equal("monitor1"u8.ToArray());
        view.MessageId.Should().Be(7);
        view.ReferenceTime.ToArray().Should().Equal(1700000000000000000L);
        view.ReferenceTimeIndex.ToArray().Should().Equal(0);
        view.TimeOfFlight.ToArray().Should().Equal(1000, 2500000, 70000000);
        view.PixelId.IsEmpty.Should().BeTrue();
        view.HasReferenceTime.Should().BeTrue();
        view.HasTimeOfFlight.Should().BeTrue();
    }

    [Fact]
    public void Reads_a_large_detector_message()
    {
        var view = Ev44View.Read(WireVectors.Bytes("ev44_detector_large"));

        view.SourceName.Should().Be("mantle_detector");
        view.MessageId.Should().Be(1001);
        view.ReferenceTime.Length.Should().Be(4);
        view.ReferenceTimeIndex.ToArray().Should().Equal(0, 5000, 10000, 15000);
        view.TimeOfFlight.Length.Should().Be(20000);
        view.PixelId.Length.Should().Be(20000);
        view.TimeOfFlight[0].Should().Be(69533906);
    }

    [Fact]
    public void Reads_without_allocating()
    {
        var payload = WireVectors.Bytes("ev44_detector_large");
        SumEvents(payload); // Warm up: first calls may run static initialisers.

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = SumEvents(payload);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        sum.Should().NotBe(0);
        allocated.Should().Be(0);
    }

    [Fact]
    public void Round_trips_events_and_a_unicode_source_name()
    {
        long[] referenceTime = [1700000000000000000, 1700000000071428571];
        int[] referenceTimeIndex = [0, 2];
        int[] timeOfFlight = [10, int.MaxValue, 0, -1];
        int[] pixelId = [1, 2, 3, 4];

        var view = Ev44View.Read(Ev44Encoder.Encode("détecteur_λ", long.MinValue, referenceTime, referenceTimeIndex, timeOfFlight, pixelId));

        view.SourceName.Should().Be("détecteur_λ");
        view.MessageId.Should().Be(long.MinValue);
        view.ReferenceTime.ToArray().Should().Equal(referenceTime);
        view.ReferenceTimeIndex.ToArray().Should().Equal(referenceTimeIndex);
        view.TimeOfFlight.ToArray().Should().Equal(timeOfFlight);
        view.PixelId.ToArray().Should().Equal(pixelId);
    }

    [Fact]
    public void Round_trips_empty_vectors_as_present()
    {
        var view = Ev44View.Read(Ev44Encoder.Encode("monitor2", 0, [], [], [], []));

        view.HasReferenceTime.Should().BeTrue();
        view.HasTimeOfFlight.Should().BeTrue();
        view.ReferenceTime.IsEmpty.Should().BeTrue();
        view.TimeOfFlight.IsEmpty.Should().BeTrue();
        view.PixelId.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Reports_absent_event_vectors()
    {
        var view = Ev44View.Read(Ev44Encoder.EncodeWithoutEventVectors("monitor1", 3));

        view.SourceName.Should().Be("monitor1");
        view.MessageId.Should().Be(3);
        view.HasReferenceTime.Should().BeFalse();
        view.HasTimeOfFlight.Should().BeFalse();
        view.ReferenceTime.IsEmpty.Should().BeTrue();
        view.ReferenceTimeIndex.IsEmpty.Should().BeTrue();
        view.TimeOfFlight.IsEmpty.Should().BeTrue();
        view.PixelId.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Names_the_vector_that_overruns_the_buffer()
    {
        var payload = WireVectors.Bytes("ev44_monitor_small");
        const int TimeOfFlightLength = 0x3c; // Where this vector stores its element count.
        BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(TimeOfFlightLength)).Should().Be(3);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(TimeOfFlightLength), 1000);

        Action act = () => Ev44View.Read(payload);

        act.Should().Throw<WireFormatException>()
            .WithMessage("ev44: vector 'time_of_flight' extends past end of buffer (offset 64, length 4000, buffer 112)");
    }

    [Fact]
    public void Rejects_another_schema()
    {
        Action act = () => Ev44View.Read(WireVectors.Bytes("f144_double"));

        act.Should().Throw<WireFormatException>().WithMessage("ev44: file identifier is 'f144'*");
    }

    private static long SumEvents(byte[] payload)
    {
        var view = Ev44View.Read(payload);
        long sum = view.MessageId + view.SourceNameUtf8.Length + view.ReferenceTime[^1] + view.ReferenceTimeIndex[^1];
        foreach (var tof in view.TimeOfFlight)
        {
            sum += tof;
        }

        foreach (var pixel in view.PixelId)
        {
            sum += pixel;
        }

        return sum;
    }
}
