@instrument:dummy
Feature: Result generations
  Every start of a workflow is a new generation with its own job number. The dashboard shows only
  the current generation, so a restart never mixes old and new accumulations.

  Background:
    Given the monitor services are running
    And the "monitor_histogram" workflow is running for monitor1

  Rule: A restart starts the accumulation from zero

  Scenario: Restarting a workflow starts accumulation from zero
    Given the cumulative total for monitor1 has grown 5 times
    When the scientist starts the workflow again
    Then the new jobs have a new job number
    And the first cumulative total for monitor1 is less than half the last one before the restart
    And the monitor_data service runs only the job of the last start

  Rule: Only the results of the latest start are shown

  Scenario: Rapid restarts show only the results of the last one
    When the scientist starts the workflow again 4 times in a row
    Then results arrive for every started job
    And only results of the last start are shown, in each of 25 looks
    And the monitor_data service runs only the job of the last start

  Scenario: A storm of a thousand restarts shows only the results of the last one
    When the scientist starts the workflow again 1000 times in a row
    Then results of the latest start arrive
    And only results of the last start are shown, in each of 10 looks
    And the monitor_data service runs only the job of the last start
