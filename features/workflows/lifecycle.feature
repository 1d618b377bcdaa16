@instrument:dummy
Feature: Workflow lifecycle
  Scientists start a reduction workflow from the dashboard, watch its results arrive,
  and stop it when they are done. Everything runs in real services, as at the instrument.

  Rule: A started workflow delivers results

  Scenario Outline: A monitor workflow starts and delivers data
    Given the monitor services are running, with monitors sending <readout>
    When the scientist starts the "monitor_histogram" workflow for monitor1
    Then one job is started, for monitor1
    And results arrive for every started job
    And the "cumulative" result for monitor1 is a histogram of 100 time-of-arrival bins in counts

    Examples:
      | readout    |
      | events     |
      | histograms |

  Rule: A stopped workflow publishes nothing more

  Scenario: Stopping a workflow halts publishing
    Given the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    And results keep being published
    When the scientist stops the workflow
    Then results stop being published
    And no further results are published for 8 seconds while monitor events keep arriving

  Rule: Parameters are checked before a job starts

  Scenario: Invalid parameters are rejected with the reason
    Given the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for monitor1 with:
      | parameter           | value |
      | toa_edges.num_bins  | 0     |
    Then the start is rejected because "toa_edges.num_bins: must be between 1 and 10000, got 0"

  Scenario: Valid parameters are acknowledged and shape the results
    Given the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for monitor1 with:
      | parameter           | value |
      | toa_edges.num_bins  | 250   |
    Then the start is acknowledged
    And results arrive for every started job
    And the "cumulative" result for monitor1 is a histogram of 250 time-of-arrival bins in counts

  Rule: The dashboard learns when a service shuts down

  Scenario: A service that shuts down says so in its last heartbeat
    Given the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    When the monitor_data service is shut down
    Then the dashboard shows the job for monitor1 as stopped
    And the monitor_data worker is reported stopped
