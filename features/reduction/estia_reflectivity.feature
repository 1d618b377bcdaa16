@instrument:estia
Feature: ESTIA reflectivity
  The live reflectometry reduction turns the multiblade's events into I(λ), I(θ, λ) and I(Q) as upstream's ESTIA
  workflow does: λ from the wavelength lookup table at each pixel's flight path, θ from the pixel's angle to the
  detector arm plus the sample rotation, Q = 4π sin θ / λ, each event corrected for the sample's footprint and a
  constant 1 µA proton current. A film's reflectivity is 1 up to its critical edge and falls off past it.

  Scenario: A nickel film's reflectivity falls off past its critical edge
    Given the instrument's NeXus geometry is installed
    And the instrument's wavelength lookup table is installed
    And a run of 100 pulses of the critical_edge sample recorded in a NeXus file
    And the data_reduction service is running on its own
    When the scientist starts the "reflectometry_reduction" workflow for multiblade_detector with:
      | parameter             | value |
      | sample_rotation.value | 0.6   |
      | q_edges.start         | 0.005 |
      | q_edges.stop          | 0.06  |
      | q_edges.num_bins      | 110   |
    Then the start is acknowledged
    When fake_detectors replays the recorded run once
    Then the reflectivity falls off past the critical edge at Q = 0.0217 1/Å within 5 %
