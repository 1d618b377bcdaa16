@instrument:dummy
Feature: Service faults
  Services stop, hang, crash and receive garbage. The dashboard must notice, and nothing that the
  operator did not ask for may happen as a result.

  Rule: Commands sent while a service was down are not replayed

  Scenario: A restarted service ignores commands sent while it was down
    Given the monitor services are running
    And the monitor_data service is stopped
    When the scientist starts the "monitor_histogram" workflow for monitor1
    And the start is sent
    And the monitor_data service starts again
    And the scientist starts the workflow again
    Then results arrive for every started job
    And the jobs started while monitor_data was down were never reported
    And the start sent while monitor_data was down was never answered

  Rule: Malformed input never stalls a service

  Scenario: Malformed messages do not stall the service
    Given the monitor services are running, with 1 monitor
    When the scientist starts the "monitor_histogram" workflow for monitor1 and monitor2
    Then results arrive for monitor1
    And there are no results for monitor2
    When these malformed messages arrive with the monitor events:
      | kind                                  |
      | garbage                               |
      | empty                                 |
      | truncated event message               |
      | event message missing its event lists |
      | log value among the monitor events    |
      | events from an unknown source         |
    Then results arrive for monitor2 from events sent after the malformed messages
    And the monitor_data service is still running

  Rule: The dashboard notices a service that does not answer

  Scenario: A stop the service did not act on is sent again
    Given the dashboard repeats an unanswered stop every 5 seconds
    And the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    And the job for monitor1 is active
    When the monitor_data service is paused
    And the scientist stops the workflow
    Then exactly 1 stop command is sent
    And the stop is sent again while the job still looks alive
    When the monitor_data service continues
    Then the monitor_data service no longer runs the job for monitor1
    And results stop being published
    And the job for monitor1 stays stopped for 5 seconds

  Scenario: A crashed service worker is flagged stale while its job is not yet
    Given the dashboard flags a worker silent for 6 seconds as stale
    And the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    And the job for monitor1 is active
    And the monitor_data worker is reported running
    When the monitor_data service is killed
    Then results stop being published
    And the monitor_data worker is flagged stale
    And the job for monitor1 still looks active and fresh

  Scenario: A start command with no service to answer it goes unanswered
    Given the dashboard gives up on unanswered commands after 3 seconds
    When the scientist starts the "monitor_histogram" workflow for monitor1
    Then the start is sent
    And the dashboard reports that the start went unanswered
    And no service answered the start
    And no job status was reported
