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

  Rule: A reduction that lacks the instrument's files is refused, saying how to provide them, never silently ignored

  @instrument:dream
  Scenario: A powder reduction without the instrument's geometry is refused with how to provide it
    Given the reduction services are running
    When the scientist starts the "powder_reduction" workflow for mantle_detector
    Then the start is rejected because "livedata nexus geometry --instrument dream"

  @instrument:bifrost
  Scenario: A Q map without the instrument's wavelength lookup table is refused with how to provide it
    Given the instrument's NeXus geometry is installed
    And the reduction services are running
    When the scientist starts the "qmap" workflow for unified_detector
    Then the start is rejected because "livedata lookup-table --instrument bifrost"

  @instrument:bifrost
  Scenario: A Q map without a normalisation run is refused with how to record one
    Given the instrument's NeXus geometry is installed
    And the instrument's wavelength lookup table is installed
    And the reduction services are running
    When the scientist starts the "qmap" workflow for unified_detector
    Then the start is rejected because "livedata nexus run --instrument bifrost --sample elastic_line"
