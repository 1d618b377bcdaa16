@instrument:loki
Feature: LoKI monitors
  Written from the step glossary alone: the transmission monitor of LoKI shows a live histogram.

  Scenario: The transmission monitor shows a histogram
    Given the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for beam_monitor_m1
    Then results arrive for every started job
    And the "cumulative" result for beam_monitor_m1 is a histogram of 100 time-of-arrival bins in counts
