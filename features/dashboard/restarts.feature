@instrument:dummy
Feature: Dashboard restarts
  The dashboard can be closed and opened again while the services keep running. Heartbeats tell a
  new dashboard which jobs run, so it picks them up without starting or stopping anything.

  Scenario: A new dashboard adopts a running job without restarting it
    Given the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    When the dashboard is replaced by a new one with no record of the job
    Then the new dashboard adopts the running job
    And results arrive for every started job
    And no command was sent since the new dashboard started

  Scenario: After a lost stop, a restarted dashboard adopts the job instead of stopping it again
    Given the dashboard keeps its records on disk
    And the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    And the job for monitor1 is active
    When the dashboard is closed
    And its record of the current job is lost
    And a new dashboard opens with the same records
    Then the new dashboard adopts the running job
    And the adopted job's parameters are unknown
    And results arrive for every started job
    And no command was sent since the new dashboard started
    When the scientist stops the workflow
    Then results stop being published
