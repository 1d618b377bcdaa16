Feature: Scale-out of detector_data
  Several detector_data workers can split an instrument's detectors between them
  (livedata service detector_data --sources a,b). A worker reads only its own sources' raw streams
  and ignores configs for the others — no acknowledgement, no error, no job — so that the worker
  hosting them answers, as a service ignores workflows it does not host.

  @instrument:loki
  Scenario: Two workers split LOKI's detector banks between them
    Given fake detectors and detector_data workers hosting "loki_detector_0,loki_detector_2" and "loki_detector_1" are running
    When the scientist starts the "tube_view" workflow for loki_detector_0 and loki_detector_1
    Then results arrive for every started job
    And each start was answered once, by the worker hosting its source
