Feature: Replaying a recorded run
  Instead of random events, the fake monitors and detectors can publish what a NeXus file recorded, pulse by
  pulse. Every recorded event inside the time-of-arrival range is counted exactly once.

  Scenario Outline: Every event of a recorded run is counted for <source> on <instrument>
    Given a run of 30 pulses recorded in a NeXus file
    And the <service> service is running on its own
    And the scientist has started the "<workflow>" workflow for <source>
    When <fake> replays the recorded run once
    Then the cumulative total for <source> equals the recorded events inside 0 to 71.43 ms

    Examples:
      | instrument | service       | fake           | workflow          | source          |
      | dummy      | monitor_data  | fake_monitors  | monitor_histogram | monitor1        |
      | dummy      | detector_data | fake_detectors | panel_0_xy        | panel_0         |
      | dream      | monitor_data  | fake_monitors  | monitor_histogram | monitor_cave    |
      | loki       | detector_data | fake_detectors | tube_view         | loki_detector_2 |
