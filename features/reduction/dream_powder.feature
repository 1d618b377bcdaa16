@instrument:dream
Feature: DREAM powder diffraction
  With the instrument's NeXus geometry and wavelength lookup table installed, powder_reduction gives each detector
  event a d-spacing: its wavelength λ from its time offset at the pixel's flight path L1 + L2 in the lookup table,
  and d = λ / (2 sin θ) from the pixel's scattering angle 2θ. Focussed over 2θ, a powder pattern I(d) shows the
  sample's Bragg reflections. As upstream, each event is weighted by the Lorentz factor d⁴ sin θ and the pattern is
  divided by its own sum.

  Background:
    Given the instrument's NeXus geometry is installed
    And the instrument's wavelength lookup table is installed
    And a run of 40 pulses of the silicon sample recorded in a NeXus file
    And the data_reduction service is running on its own

  Scenario: Silicon's Bragg reflections appear at their d-spacings
    Given the scientist has started the "powder_reduction" workflow for mantle_detector
    When fake_detectors replays the recorded run once
    Then the DREAM powder pattern shows silicon's 111, 220 and 311 reflections at 3.1356, 1.9201 and 1.6375 Å within 0.5 %
    And the DREAM powder pattern has 500 d-spacing bins from 0.4 to 3.5 Å, also against 2θ and time of flight

  Scenario: New d-spacing edges give the pattern a new binning
    Given the scientist has started the "powder_reduction" workflow for mantle_detector
    When the scientist changes the parameters to:
      | parameter               | value |
      | dspacing_edges.start    | 1.5   |
      | dspacing_edges.stop     | 3.3   |
      | dspacing_edges.num_bins | 900   |
    And fake_detectors replays the recorded run once
    Then the start is acknowledged
    And the DREAM powder pattern has 900 d-spacing bins from 1.5 to 3.3 Å, also against 2θ and time of flight
    And the DREAM powder pattern shows silicon's 111, 220 and 311 reflections at 3.1356, 1.9201 and 1.6375 Å within 0.5 %

  Scenario: Divided by a vanadium run, the pattern still shows silicon's reflections, now dimensionless
    Given a run of 40 pulses of the vanadium sample is installed as vanadium.nxs
    And the scientist has started the "powder_reduction_with_vanadium" workflow for mantle_detector
    When fake_detectors replays the recorded run once
    Then the vanadium-normalised DREAM powder pattern shows silicon's 111, 220 and 311 reflections at 3.1356, 1.9201 and 1.6375 Å within 0.5 %

  Scenario: Without a vanadium run, the vanadium variant is refused, saying where to put one
    When the scientist starts the "powder_reduction_with_vanadium" workflow for mantle_detector
    Then the start is rejected because "livedata nexus run --instrument dream --sample vanadium"
