using LiveData.Acceptance.Support.Drivers;

namespace LiveData.Tests.Acceptance;

public sealed class PowderDriverTests
{
    [Fact]
    public void Silicons_111_220_and_311_are_at_the_d_spacings_the_scenarios_state() =>
        PowderDriver.MisstatedReflections([111, 220, 311], [3.1356, 1.9201, 1.6375]).Should().BeEmpty();

    [Fact]
    public void A_reflection_stated_at_another_reflections_d_spacing_is_named()
    {
        // 5.431 / √8 = 1.9201 Å is 220; 400 lies at 5.431 / 4 = 1.3578 Å.
        PowderDriver.MisstatedReflections([400], [1.9201]).Should().Equal("400 is at 1.3578 Å in silicon, not 1.9201 Å");
    }
}
