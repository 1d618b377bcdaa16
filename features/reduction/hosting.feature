Feature: Data reduction
  Reduction workflows run in the data_reduction service, which reads the same detector stream and the
  same commands as detector_data. Only the service that hosts a workflow answers its start.

  Rule: Only the service that hosts a workflow answers its start

  @instrument:dummy
  Scenario: Total counts reach the dashboard from the hosting service only
    Given the reduction services are running
    When the scientist starts the "total_counts" workflow for panel_0
    Then one job is started, for panel_0
    And the dashboard shows the job for panel_0 as active
    And results arrive for every started job
    And exactly one service answered the start

  Rule: A reduction LiveData cannot run yet is refused, never silently ignored

  @instrument:dream
  Scenario: A reduction that needs neutron physics is refused with the reason, not ignored
    Given the reduction services are running
    When the scientist starts the "powder_reduction" workflow for mantle_detector
    Then the start is rejected because "powder_reduction is not available in LiveData yet"
