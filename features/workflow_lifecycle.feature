@instrument:dummy
Feature: Workflow lifecycle
  Scientists start a reduction workflow from the dashboard, watch its results arrive,
  and stop it when they are done. Everything travels over Kafka between real services.

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

  Scenario: Stopping a workflow halts publishing
    Given the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1
    And results keep being published
    When the scientist stops the workflow
    Then results stop being published
    And no further results are published for 8 seconds while monitor events keep arriving
