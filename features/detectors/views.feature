Feature: Detector views
  Detector events are folded onto a logical screen and histogrammed by time-of-arrival. Regions of
  interest drawn on the screen get spectra of their own.

  Rule: Regions of interest drawn on a view get spectra of their own

  @instrument:dummy
  Scenario: ROI spectra follow the published regions of interest
    Given the detector services are running
    And the "panel_0_xy" workflow is running for panel_0
    When the scientist draws these ROI rectangles on panel_0:
      | roi | x from | x to | y from | y to |
      | 0   | 10     | 60   | 10     | 60   |
    Then the "roi_spectra_cumulative" result for panel_0 has spectra for ROIs "0"
    When the scientist draws these ROI rectangles on panel_0:
      | roi | x from | x to | y from | y to |
      | 0   | 10     | 60   | 10     | 60   |
      | 1   | 70     | 120  | 70     | 120  |
    Then the "roi_spectra_cumulative" result for panel_0 has spectra for ROIs "0, 1"
    When the scientist draws ROI polygon 4 on panel_0 through "(10, 70), (60, 70), (10, 120)"
    Then the "roi_spectra_cumulative" result for panel_0 has spectra for ROIs "0, 1, 4"

  Rule: A stopped view publishes no more results

  @instrument:dummy
  Scenario: Stopping a detector view halts its results while events keep arriving
    Given the detector services are running
    And the "panel_0_xy" workflow is running for panel_0
    And results keep being published
    When the scientist stops the workflow
    Then results stop being published
    And no further results are published for 4 seconds while detector events keep arriving

  Rule: Each detector is shown as an image of its logical layout

  Scenario Outline: The <view> view shows <detector> on <instrument>
    Given the detector services are running
    When the scientist starts the "<view>" workflow for <detector>
    Then one job is started, for <detector>
    And results arrive for every started job
    And the "cumulative" result for <detector> is an image of "<image>" in counts

    Examples:
      | instrument | view                  | detector           | image                              |
      | dummy      | panel_0_xy            | panel_0            | y=128, x=128                       |
      | bifrost    | unified_detector_view | unified_detector   | arc/tube=15, channel/pixel=900     |
      | dream      | wire_view             | mantle_detector    | module/segment/counter=60, wire=32 |
      | loki       | tube_view             | loki_detector_0    | pixel=256, tube=448                |
      | magic      | wire_view             | magic_detector_a   | wire=32, segment=120               |
      | tbl        | he3_detector_view     | he3_detector_bank1 | tube=4, pixel=100                  |

  # Every view at once publishes megabytes of images a second (NMX: six of 13 MB); a broker of its own frees them
  # when the scenario ends.
  @own_broker
  Scenario Outline: Every detector view of <instrument> shows an image of its layout
    Given the instrument's NeXus geometry is installed
    And the detector services are running, with area detectors sending images too
    When the scientist starts every detector view of the instrument
    Then every detector view shows an image in counts of the size listed for <instrument>:
      | instrument | view                           | detector                 | image                                |
      | beer       | bank_view                      | beer_detector_s2         | y=250, x=250                         |
      | beer       | bank_view                      | beer_detector_n2         | y=250, x=250                         |
      | beer       | panel_view                     | beer_detector_s2         | panel=12, y=125, x=125               |
      | beer       | panel_view                     | beer_detector_n2         | panel=12, y=125, x=125               |
      | bifrost    | unified_detector_view          | unified_detector         | arc/tube=15, channel/pixel=900       |
      | dream      | mantle_front_layer             | mantle_detector          | module/segment/counter=60, strip=256 |
      | dream      | wire_view                      | mantle_detector          | module/segment/counter=60, wire=32   |
      | dream      | strip_view                     | mantle_detector          | strip=256                            |
      | dream      | detector_projection            | mantle_detector          | arc_length=80, z=320                 |
      | dream      | detector_projection            | endcap_backward_detector | y=240, x=160                         |
      | dream      | detector_projection            | endcap_forward_detector  | y=160, x=160                         |
      | dream      | detector_projection            | high_resolution_detector | y=160, x=160                         |
      | dream      | detector_projection            | sans_detector            | y=160, x=160                         |
      | dummy      | panel_0_xy                     | panel_0                  | y=128, x=128                         |
      | dummy      | panel_0_layers                 | panel_0                  | layer=4, y=32, x=128                 |
      | dummy      | area_panel_xy                  | area_panel               | dim_0=256, dim_1=256                 |
      | estia      | estia_multiblade_detector_view | multiblade_detector      | strip=64, blade=48, wire=32          |
      | loki       | tube_view                      | loki_detector_0          | pixel=256, tube=448                  |
      | loki       | tube_view                      | loki_detector_1          | pixel=256, tube=128                  |
      | loki       | tube_view                      | loki_detector_2          | pixel=256, tube=96                   |
      | loki       | tube_view                      | loki_detector_3          | pixel=256, tube=128                  |
      | loki       | tube_view                      | loki_detector_4          | pixel=256, tube=96                   |
      | loki       | tube_view                      | loki_detector_5          | pixel=256, tube=224                  |
      | loki       | tube_view                      | loki_detector_6          | pixel=256, tube=256                  |
      | loki       | tube_view                      | loki_detector_7          | pixel=256, tube=160                  |
      | loki       | tube_view                      | loki_detector_8          | pixel=256, tube=256                  |
      | loki       | detector_xy_projection         | loki_detector_0          | y=144, x=144                         |
      | loki       | detector_xy_projection         | loki_detector_1          | y=36, x=108                          |
      | loki       | detector_xy_projection         | loki_detector_2          | y=108, x=36                          |
      | loki       | detector_xy_projection         | loki_detector_3          | y=36, x=108                          |
      | loki       | detector_xy_projection         | loki_detector_4          | y=108, x=36                          |
      | loki       | detector_xy_projection         | loki_detector_5          | y=36, x=108                          |
      | loki       | detector_xy_projection         | loki_detector_6          | y=108, x=36                          |
      | loki       | detector_xy_projection         | loki_detector_7          | y=36, x=108                          |
      | loki       | detector_xy_projection         | loki_detector_8          | y=108, x=36                          |
      | magic      | wire_view                      | magic_detector_a         | wire=32, segment=120                 |
      | magic      | wire_view                      | magic_detector_b         | wire=32, segment=256                 |
      | magic      | strip_view                     | magic_detector_a         | strip=128                            |
      | magic      | strip_view                     | magic_detector_b         | strip=16                             |
      | magic      | detector_projection            | magic_detector_a         | y=128, arc_length=120                |
      | magic      | detector_projection            | magic_detector_b         | y=16, arc_length=256                 |
      | nmx        | panel_xy                       | detector_panel_0         | x=1280, y=1280                       |
      | nmx        | panel_xy                       | detector_panel_1         | x=1280, y=1280                       |
      | nmx        | panel_xy                       | detector_panel_2         | x=1280, y=1280                       |
      | odin       | odin_detector_xy               | timepix3                 | x=512, y=512                         |
      | tbl        | tbl_detector_timepix3          | timepix3_detector        | x=512, y=512                         |
      | tbl        | multiblade_detector_view       | multiblade_detector      | blade=14, wire=32, strip=64          |
      | tbl        | he3_detector_view              | he3_detector_bank0       | tube=4, pixel=100                    |
      | tbl        | he3_detector_view              | he3_detector_bank1       | tube=4, pixel=100                    |
      | tbl        | ngem_detector_view             | ngem_detector            | dim_1=128, dim_2=128                 |
      | tbl        | tbl_area_detector_orca         | orca_detector            | x=512, y=512                         |

    # The table lists every detector image each instrument offers, for each of its detectors, projections of the
    # installed geometry included. Not in it: counts that are one number (BIFROST's ratemeter) and the reductions.
    Examples:
      | instrument |
      | beer       |
      | bifrost    |
      | dream      |
      | dummy      |
      | estia      |
      | loki       |
      | magic      |
      | odin       |
      | tbl        |

    # NMX's three panels publish six images of 13 MB a second: beside another scenario, the dashboard cannot always
    # fetch them from the test broker before newer results push them out.
    @serial
    Examples: NMX, alone
      | instrument |
      | nmx        |

  @instrument:dummy
  Scenario: Area detector images are summed into a view
    Given the area_detector services are running
    When the scientist starts the "area_panel_xy" workflow for area_panel
    Then results arrive for every started job
    And the "cumulative" result for area_panel is an image of "dim_0=256, dim_1=256" in counts

  Rule: The counts of a region or a panel are one number, also for NICOS

  @instrument:bifrost
  Scenario: The ratemeter counts the events of one analyser arc
    Given the detector services are running
    When the scientist starts the "detector_ratemeter" workflow for unified_detector with:
      | parameter         | value   |
      | region.arc        | 3.2 meV |
      | region.pixel_stop | 450     |
    Then the start is acknowledged
    And results arrive for every started job
    And the "detector_region_counts_cumulative" result for unified_detector is a positive count

  @instrument:dummy
  Scenario: The panel's total reaches NICOS as a device
    Given the detector services are running
    And NICOS is listening for devices
    When the scientist starts the "panel_0_xy" workflow for panel_0
    Then NICOS device panel_0_counts_total reports counts
