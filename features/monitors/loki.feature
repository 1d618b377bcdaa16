@instrument:loki
Feature: LoKI monitors
  Written from the step glossary alone: each of LoKI's five beam monitors can show a live histogram.

  Scenario: The last beam monitor shows a histogram
    Given the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for beam_monitor_m4
    Then results arrive for every started job
    And the "cumulative" result for beam_monitor_m4 is a histogram of 100 time-of-arrival bins in counts
