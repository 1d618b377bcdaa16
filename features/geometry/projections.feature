Feature: Detector projections from the instrument's geometry
  Scientists align the sample and the detectors by looking at where the neutrons land: each bank projected
  onto a plane or unrolled from a cylinder, from every pixel's position in the instrument's NeXus geometry.

  Scenario Outline: <workflow> shows <detector> of <instrument> as a <image> image with every event
    Given the instrument's NeXus geometry is installed
    And the detector_data service is running on its own
    And the scientist has started the "<workflow>" workflow for <detector>
    When 5 pulses of 1000 events each, spread from -10 to 90 ms, are sent for <detector>
    Then the cumulative total for <detector> equals the events sent inside 0 to 71.43 ms
    And the "cumulative" result for <detector> is an image of "<image>" in counts
    And the "cumulative" result for <detector> has its pixels' positions along "<dims>" in m

    Examples:
      | instrument | workflow               | detector                 | image                | dims          |
      | dream      | detector_projection    | mantle_detector          | arc_length=80, z=320 | arc_length, z |
      | dream      | detector_projection    | endcap_backward_detector | y=240, x=160         | y, x          |
      | loki       | detector_xy_projection | loki_detector_0          | y=144, x=144         | y, x          |
      | loki       | detector_xy_projection | loki_detector_1          | y=36, x=108          | y, x          |
      | magic      | detector_projection    | magic_detector_b         | y=16, arc_length=256 | y, arc_length |

  @instrument:dream
  Scenario: Without the instrument's geometry the projection is refused, saying how to provide it
    Given the detector_data service is running on its own
    When the scientist starts the "detector_projection" workflow for mantle_detector
    Then the start is rejected because "livedata nexus geometry --instrument dream"
