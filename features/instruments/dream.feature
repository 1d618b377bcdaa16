@instrument:dream
Feature: DREAM's monitors and mantle
  Written from the glossary alone, as an instrument scientist would.

  Scenario: The cave monitor histogram uses the scientist's bins
    Given the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for monitor_cave with:
      | parameter          | value |
      | toa_edges.num_bins | 50    |
    Then the start is acknowledged
    And results arrive for every started job
    And the "cumulative" result for monitor_cave is a histogram of 50 time-of-arrival bins in counts

  Scenario: The mantle's wires show a positive count
    Given the detector services are running
    When the scientist starts the "wire_view" workflow for mantle_detector
    Then the start is acknowledged
    And results arrive for mantle_detector
    And the "counts_total" result for mantle_detector is a positive count

  Scenario: The mantle projection is refused until geometry is available
    Given the detector services are running
    When the scientist starts the "detector_projection" workflow for mantle_detector
    Then the start is rejected because "geometry"
