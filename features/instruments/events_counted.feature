Feature: Events sent for any monitor or detector are counted on every instrument
  Events a beam monitor or a detector reports arrive under the name the scientist knows it by, on every
  instrument, and each one inside the time-of-arrival range is counted exactly once. Only the instrument
  and its names differ.

  Scenario Outline: Every event sent for <monitor> on <instrument> is counted
    Given the monitor_data service is running on its own
    And the scientist has started the "monitor_histogram" workflow for <monitor>
    When 5 pulses of 1000 events each, spread from -10 to 90 ms, are sent for <monitor>
    Then the cumulative total for <monitor> equals the events sent inside 0 to 71.43 ms

    Examples:
      | instrument | monitor         |
      | dummy      | monitor2        |
      | bifrost    | elastic_monitor |
      | dream      | monitor_cave    |
      | loki       | beam_monitor_m2 |

  Scenario Outline: Every event sent for <detector> on <instrument> is counted
    Given the detector_data service is running on its own
    And the scientist has started the "<view>" workflow for <detector>
    When 5 pulses of 1000 events each, spread from -10 to 90 ms, are sent for <detector>
    Then the cumulative total for <detector> equals the events sent inside 0 to 71.43 ms

    Examples:
      | instrument | view                  | detector         |
      | dummy      | panel_0_xy            | panel_0          |
      | bifrost    | unified_detector_view | unified_detector |
      | dream      | wire_view             | mantle_detector  |
      | loki       | tube_view             | loki_detector_2  |
