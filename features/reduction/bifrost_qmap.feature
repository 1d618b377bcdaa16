@instrument:bifrost
Feature: BIFROST Q and energy transfer
  BIFROST's analysers send each arc's detectors neutrons of one final energy, E_f = 2.7, 3.2, 3.8, 4.4 or 5.0 meV.
  With the instrument's NeXus geometry and wavelength lookup table installed, the Q maps take each event back to the
  sample (its time minus the flight from the sample to the pixel at E_f), read the incident wavelength λ_i from the
  lookup table at the source–sample distance, and give it an energy transfer ΔE = E_i − E_f (E = 81.804 / λ² meV) and
  a momentum transfer Q⃗ = k⃗_i − k⃗_f, turned into the sample's frame by its rotation a3. Each event is divided by
  the normalisation monitor's spectrum at λ_i (a probability density in λ, from a normalisation run) and upstream's
  constant 1 pC. qmap sums the events against |Q| and ΔE per arc; elastic_qmap against two components of Q⃗, over
  every energy transfer, as upstream.

  Background:
    Given the instrument's NeXus geometry is installed
    And the instrument's wavelength lookup table is installed
    And a run of 40 pulses of the elastic_line sample is installed as normalization.nxs
    And the data_reduction service is running on its own

  Scenario: An elastic scatterer's line sits at zero energy transfer on every arc
    Given a run of 40 pulses of the elastic_line sample recorded in a NeXus file
    And the scientist has started the "qmap" workflow for unified_detector
    When fake_detectors replays the recorded run once
    Then the elastic line sits at ΔE = 0 meV within 0.05 meV on every arc
    And the Q map has 100 ΔE bins from -1 to 1 meV against 100 Q bins from 0.5 to 3 1/Å on each of the 5 arcs

  Scenario: An acoustic mode's energy follows its dispersion
    Given a run of 40 pulses of the dispersion sample recorded in a NeXus file
    When the scientist starts the "qmap" workflow for unified_detector with:
      | parameter        | value |
      | q_edges.start    | 0.475 |
      | q_edges.stop     | 1.525 |
      | q_edges.num_bins | 21    |
    Then the start is acknowledged
    When fake_detectors replays the recorded run once
    Then the dispersion's energy at Q = 1.0 1/Å is 0.8 meV within 3 %
    And the dispersion's energy at Q = 1.5 1/Å is 0.566 meV within 3 %

  Scenario: New energy edges give the Q map a new binning
    Given a run of 40 pulses of the elastic_line sample recorded in a NeXus file
    And the scientist has started the "qmap" workflow for unified_detector
    When the scientist changes the parameters to:
      | parameter             | value |
      | energy_edges.start    | -0.5  |
      | energy_edges.stop     | 0.5   |
      | energy_edges.num_bins | 50    |
    And fake_detectors replays the recorded run once
    Then the start is acknowledged
    And the Q map has 50 ΔE bins from -0.5 to 0.5 meV against 100 Q bins from 0.5 to 3 1/Å on each of the 5 arcs
    And the elastic line sits at ΔE = 0 meV within 0.05 meV on every arc

  Scenario: The elastic Q map shows Qz against Qx
    Given a run of 40 pulses of the elastic_line sample recorded in a NeXus file
    And the scientist has started the "elastic_qmap" workflow for unified_detector
    When fake_detectors replays the recorded run once
    Then the elastic Q map shows Qz against Qx on each of the 5 arcs, 100 bins from -3 to 3 1/Å each
    And all of the elastic Q map's intensity lies at positive Qz

  Scenario: The custom elastic Q map shows the two directions the scientist chose
    Given a run of 40 pulses of the elastic_line sample recorded in a NeXus file
    And the scientist has started the "elastic_qmap_custom" workflow for unified_detector
    When fake_detectors replays the recorded run once
    Then the elastic Q map shows Q_(0.0,0.0,1.0) against Q_(1.0,0.0,0.0) on each of the 5 arcs, 100 bins from -3 to 3 1/Å each

  Scenario: Turning the sample table by a3 turns the elastic Q map
    The detectors look at the sample from beside the beam (x > 0), so elastic Q⃗ = k⃗_i − k⃗_f points back along
    −x and forward along +z. Turned by a3 = 90°, the sample's z axis lies along the laboratory's x: Qz turns negative.
    Given a run of 40 pulses of the elastic_line sample recorded in a NeXus file
    And the scientist has started the "elastic_qmap" workflow for unified_detector
    When the sample table's rotation stage is logged at a3 = 90°
    And fake_detectors replays the recorded run once
    Then all of the elastic Q map's intensity lies at negative Qz
