@instrument:dummy
Feature: Timeseries
  Motor positions and sample-environment values arrive as logged values; the timeseries service turns
  each log into a series along time, in the unit the instrument declares for it.

  Rule: Each log becomes a timeseries in the unit the instrument declares

  Scenario: A logged motor position reaches the dashboard as a timeseries in mm
    Given the timeseries services are running
    When the scientist starts the "timeseries_data" workflow for motion1
    Then one job is started, for motion1
    And results arrive for motion1 while its value keeps being logged
    And the "delta" result for motion1 is a timeseries in mm

  Scenario: The fake log producer feeds the instrument's own logs
    Given the logdata services are running
    When the scientist starts the "timeseries_data" workflow for motion2
    Then results arrive for every started job
    And the "delta" result for motion2 is a timeseries in deg

  Rule: A timeseries cannot be reset

  Scenario: A timeseries cannot be reset
    Given the timeseries services are running
    And the scientist has started the "timeseries_data" workflow for motion1
    When the scientist resets the workflow
    Then the reset is rejected because "does not support reset"
