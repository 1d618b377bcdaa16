@instrument:loki
Feature: LoKI I(Q) of a known sample
  LoKI's I(Q) turns each detected neutron into its momentum transfer Q = 4π sin θ / λ, with λ from the wavelength
  lookup table at the pixel's flight path and 2θ from the geometry, and normalises the counts by the incident
  monitor, the transmission fraction and the pixels' solid angle, as upstream's SANS workflow does. Monodisperse
  spheres of radius R scatter with the sphere form factor, whose first zero is at Q·R = 4.493.

  Scenario: Spheres of radius R show I(Q)'s first minimum at Q = 4.493 / R
    Given the instrument's NeXus geometry is installed
    And the instrument's wavelength lookup table is installed
    And a run of 200 pulses of the spheres sample recorded in a NeXus file
    And the data_reduction service is running on its own
    When the scientist starts the "i_of_q" workflow for loki_detector_0 with:
      | parameter                 | value |
      | q_edges.start             | 0.02  |
      | q_edges.stop              | 0.13  |
      | q_edges.num_bins          | 88    |
      | wavelength_edges.start    | 2     |
      | wavelength_edges.stop     | 8     |
      | wavelength_edges.num_bins | 60    |
    Then the start is acknowledged
    When fake_monitors replays the recorded run once
    And fake_detectors replays the recorded run once
    Then I(Q) of loki_detector_0 has its first minimum at Q = 4.493 / R within 2 %
