using LiveData.Instruments.Logs;

namespace LiveData.Tests.Instruments.Logs;

/// <summary>Upstream's <c>suggest_names</c> (config/stream.py): the shortest unique tail of a NeXus path, generic containers dropped.</summary>
public sealed class LogNamesTests
{
    private static void NamesOf(string[] paths, params string[] expected) =>
        LogNames.Suggest(paths).Should().Equal(paths.Zip(expected).ToDictionary(p => p.First, p => p.Second));

    private static string NameOf(string path, int minDepth, params string[] forbidden) =>
        LogNames.Suggest([path], minDepth, forbidden).Should().ContainKey(path).WhoseValue;

    [Theory]
    [InlineData("/entry/instrument/rotation_stage/value", "rotation_stage/value")]
    [InlineData("/entry/sample/sample_environment/HTR1/value_log", "HTR1/value_log")]
    [InlineData("/entry/instrument/rotation_stage/idle_flag", "rotation_stage/idle_flag")]
    [InlineData("/entry/instrument/wfm1/transformations/translation1", "wfm1/translation1")]
    [InlineData("/entry/sample/sample_environment/SETP_S1", "SETP_S1")]
    [InlineData("entry/instrument/motor/value/", "motor/value")]
    public void A_lone_path_is_named_by_its_last_two_meaningful_components(string path, string name) =>
        NameOf(path, minDepth: 2).Should().Be(name);

    [Fact]
    public void Colliding_leaves_are_told_apart_by_their_parent() =>
        NamesOf(
            ["/entry/instrument/005_PulseShapingChopper/phase", "/entry/instrument/006_FrameOverlapChopper/phase"],
            "005_PulseShapingChopper/phase", "006_FrameOverlapChopper/phase");

    [Fact]
    public void Sibling_leaves_of_one_group_keep_their_parent() =>
        NamesOf(
            ["/entry/instrument/motor/value", "/entry/instrument/motor/idle_flag", "/entry/instrument/motor/target_value"],
            "motor/value", "motor/idle_flag", "motor/target_value");

    [Fact]
    public void Paths_collapsing_to_one_tail_extend_while_a_unique_one_stays_short() =>
        NamesOf(
            ["/entry/instrument/foo/temperature/value", "/entry/instrument/bar/temperature/value", "/entry/instrument/baz/pressure/value"],
            "foo/temperature/value", "bar/temperature/value", "pressure/value");

    [Fact]
    public void Paths_differing_only_in_generic_ancestors_fall_back_to_the_unfiltered_path() =>
        NamesOf(["/entry/instrument/foo/value", "/entry/sample/foo/value"], "instrument/foo/value", "sample/foo/value");

    [Fact]
    public void A_path_of_generic_groups_only_keeps_them() =>
        NameOf("/entry/sample", minDepth: 2).Should().Be("entry/sample");

    [Theory]
    [InlineData("/entry/instrument/114_sample_stack/rotation_stage", "rotation_stage")]
    [InlineData("/entry/instrument/detector_tank_angle/transformations/detector_tank_angle_r0", "detector_tank_angle_r0")]
    public void Min_depth_one_gives_a_unique_leaf_bare(string path, string name) =>
        NameOf(path, minDepth: 1).Should().Be(name);

    [Fact]
    public void Min_depth_one_extends_on_collision()
    {
        string[] paths = ["/entry/instrument/wfm1/translation1", "/entry/instrument/wfm2/translation1"];

        LogNames.Suggest(paths, minDepth: 1).Values.Should().BeEquivalentTo("wfm1/translation1", "wfm2/translation1");
    }

    [Fact]
    public void A_forbidden_name_extends_to_the_next_longer_tail() =>
        NameOf("/entry/instrument/parent/rotation_stage", minDepth: 1, "rotation_stage").Should().Be("parent/rotation_stage");

    [Fact]
    public void A_forbidden_name_with_no_longer_filtered_tail_takes_a_generic_ancestor() =>
        NameOf("/entry/instrument/motor", minDepth: 1, "motor").Should().Be("instrument/motor");

    [Fact]
    public void A_repeated_path_is_named_once() =>
        LogNames.Suggest(["/entry/instrument/m/value", "/entry/instrument/m/value"]).Should().Equal(
            new Dictionary<string, string> { ["/entry/instrument/m/value"] = "m/value" });
}
