@hygiene
Feature: Process hygiene
  However a scenario ends, its services are stopped by the suite's own hooks.

  Scenario: A failing step
    Given the monitor services are running for the hygiene check
    When a step fails

  Scenario: A timed-out wait
    Given the monitor services are running for the hygiene check
    When a wait times out

  Scenario: A cancelled scenario
    Given the monitor services are running for the hygiene check
    When a step blocks until the scenario is cancelled
