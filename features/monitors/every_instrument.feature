Feature: Monitor workflows on every instrument
  Each instrument's monitors can be histogrammed live, and changing the binning restarts the
  accumulation with the new binning. Only the instrument and its names differ.

  Rule: Every instrument's monitors are histogrammed live, until the scientist stops them

  Scenario Outline: The monitor histogram runs on <instrument> until it is stopped
    Given the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for <monitor>
    Then one job is started, for <monitor>
    And results arrive for every started job
    And the "cumulative" result for <monitor> is a histogram of 100 time-of-arrival bins in counts
    When the scientist stops the workflow
    Then results stop being published
    And no further results are published for 2 seconds while monitor events keep arriving

    # Each instrument's last monitor: the services fake every monitor an instrument has.
    Examples:
      | instrument | monitor         |
      | dummy      | monitor2        |
      | bifrost    | elastic_monitor |
      | dream      | monitor_cave    |
      | loki       | beam_monitor_m4 |
      | beer       | hereon          |
      | estia      | cbm1            |
      | magic      | beam_monitor_1  |
      | nmx        | monitor2        |
      | odin       | monitor2        |
      | tbl        | monitor_1       |

  Rule: New binning restarts the accumulation with the new bins

  Scenario Outline: Changing the binning on <instrument> restarts accumulation with the new bins
    Given the monitor services are running
    And the "monitor_histogram" workflow is running for <monitor>
    When the scientist changes the parameters to:
      | parameter          | value  |
      | toa_edges.num_bins | <bins> |
      | toa_edges.stop     | 50.0   |
    Then the start is acknowledged
    And results arrive for every started job
    And the "cumulative" result for <monitor> is a histogram of <bins> time-of-arrival bins in counts
    And the "cumulative" result for <monitor> has time-of-arrival edges from 0 to 50 ms
    And only results of the last start are shown, in each of 5 looks

    Examples:
      | instrument | monitor         | bins |
      | dummy      | monitor1        | 200  |
      | bifrost    | psc_monitor     | 50   |
      | dream      | monitor_bunker  | 1000 |
      | loki       | beam_monitor_m0 | 7    |
      | beer       | cbm1            | 20   |
      | estia      | cbm1            | 64   |
      | magic      | beam_monitor_1  | 300  |
      | nmx        | monitor1        | 10   |
      | odin       | monitor1        | 500  |
      | tbl        | monitor_1       | 120  |

  Rule: Every instrument's monitor totals reach NICOS as devices

  Scenario Outline: The total of <monitor> reaches NICOS on <instrument>
    Given the monitor services are running
    And NICOS is listening for devices
    When the scientist starts the "monitor_histogram" workflow for <monitor>
    Then NICOS device <monitor>_counts_total reports counts
    And NICOS device <monitor>_counts_total reports the "counts_total_cumulative" the dashboard shows for <monitor>

    Examples:
      | instrument | monitor         |
      | dummy      | monitor1        |
      | bifrost    | psc_monitor     |
      | dream      | monitor_bunker  |
      | loki       | beam_monitor_m2 |
      | beer       | cbm2            |
      | estia      | cbm1            |
      | magic      | beam_monitor_1  |
      | nmx        | monitor1        |
      | odin       | monitor2        |
      | tbl        | monitor_1       |
