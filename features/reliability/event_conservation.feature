# @serial: 100 000 events through one service; it runs alone so concurrent scenarios do not skew it.
@instrument:dummy @serial
Feature: Event conservation
  Every neutron a monitor reports inside the time-of-arrival range is counted exactly once.

  Scenario: The cumulative total equals the events sent inside the time-of-arrival range
    Given the monitor_data service is running on its own
    And the scientist has started the "monitor_histogram" workflow for monitor1
    When 20 pulses of 5000 events each, spread from -10 to 90 ms, are sent for monitor1
    Then the cumulative total for monitor1 equals the events sent inside 0 to 71.43 ms

  # The load lasts LIVEDATA_LOAD_SECONDS (default 10 s); set it for long soak runs.
  @serial
  Scenario: At ten times the nominal rate nothing is lost, memory stays flat and the dashboard keeps up
    Given the monitor_data service is running on its own
    And the scientist has started the "monitor_histogram" workflow for monitor1
    When monitor1 sends 10 times its nominal events per pulse for the load duration, counting those inside 0 to 71.43 ms
    Then the cumulative total for monitor1 equals the events counted under load
    And the memory of monitor_data grew by less than 25 % under load
    And the dashboard never trailed the sent events by more than 5 seconds under load
