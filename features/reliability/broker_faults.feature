# @own_broker: each scenario gets a broker of its own, so its faults touch no other scenario.
@instrument:dummy @serial @own_broker
Feature: Broker faults
  The message broker between the services restarts or misbehaves while they run. Services recover by
  themselves: no manual step.

  Rule: Services carry on by themselves after the broker restarts

  Scenario: Services reconnect and publish again after the broker restarts
    Given the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    When the broker is restarted
    Then results are published again
    And the cumulative total for monitor1 grows again
    And the monitor_data service is still running
    And the fake_monitors service is still running

  Rule: A broker that refuses or delays data loses no event

  Scenario: Refused writes and reads and a slow broker lose no event
    Given the monitor_data service is running on its own
    And the scientist has started the "monitor_histogram" workflow for monitor1
    When the broker refuses the next 5 writes
    And the broker refuses the next 5 reads
    And the broker delays every response by 100 ms
    And 20 pulses of 5000 events each, spread from -10 to 90 ms, are sent for monitor1
    Then the cumulative total for monitor1 equals the events sent inside 0 to 71.43 ms
    And the monitor_data service is still running
