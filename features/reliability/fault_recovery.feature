@instrument:dummy
Feature: Fault recovery
  A service that hangs or crashes is flagged by the dashboard, and once it runs again the pipeline
  recovers without a manual step beyond what the operator chooses to do: a continued service carries on
  with its job; a restarted one replays nothing sent while it was down and serves the next start.

  Rule: A hung or crashed service is flagged, and recovers once it runs again

  Scenario: A paused service is flagged stale and carries on with its job when continued
    Given the dashboard flags a worker silent for 5 seconds as stale
    And the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    And the monitor_data worker is reported running
    When the monitor_data service is paused
    Then results stop being published
    And the monitor_data worker is flagged stale
    When the monitor_data service continues
    Then the monitor_data worker is fresh again
    And results are published again
    And the job for monitor1 still looks active and fresh

  Scenario: A service killed mid-job is flagged stale and, restarted, serves the next start without replaying the old one
    Given the dashboard flags a worker silent for 5 seconds as stale
    And the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    And the monitor_data worker is reported running
    When the monitor_data service is killed
    Then results stop being published
    And the monitor_data worker is flagged stale
    When the monitor_data service is restarted after the crash
    Then a new monitor_data worker is reported running
    And no further results are published for 3 seconds while monitor events keep arriving
    When the scientist starts the workflow again
    Then results of the latest start arrive

  Rule: Loss is never silent, and large messages are not lost

  @serial
  Scenario: A service that falls too far behind to catch up reports the data it skipped
    Given the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    And the monitor_data worker is reported running
    When the monitor_data service is paused
    And 12 MiB of monitor events are sent for monitor1
    And the monitor_data service continues
    Then the monitor_data worker reports skipped messages in its stream statistics
    And the monitor_data worker reports a warning that messages were skipped
    And results are published again

  Scenario: An event message four times the usual size limit is counted, and so is what follows
    Given the monitor_data service is running on its own
    And the scientist has started the "monitor_histogram" workflow for monitor1
    When one event message of 4 MiB, spread from -10 to 90 ms, is sent for monitor1
    Then the cumulative total for monitor1 equals the events sent inside 0 to 71.43 ms
    When 5 pulses of 1000 events each, spread from -10 to 90 ms, are sent for monitor1
    Then the cumulative total for monitor1 equals the events sent inside 0 to 71.43 ms
    And the monitor_data service is still running
