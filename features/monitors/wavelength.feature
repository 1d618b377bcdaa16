Feature: Monitor histograms in wavelength
  With the instrument's NeXus geometry and its wavelength lookup table installed, the scientist can switch a
  monitor histogram from time of arrival to wavelength: each neutron's wavelength λ comes from its time offset
  and the monitor's distance from the source, looked up in the table as upstream does.

  Scenario Outline: The scientist switches the <monitor> histogram of <instrument> to wavelength
    Given the instrument's NeXus geometry is installed
    And the instrument's wavelength lookup table is installed
    And the monitor services are running
    And the "monitor_histogram" workflow is running for <monitor>
    When the scientist changes the parameters to:
      | parameter                 | value      |
      | coordinate_mode.mode      | wavelength |
      | wavelength_edges.start    | <from>     |
      | wavelength_edges.stop     | <to>       |
      | wavelength_edges.num_bins | <bins>     |
    Then the start is acknowledged
    And results arrive for every started job
    And the "cumulative" result for <monitor> is a histogram of <bins> wavelength bins in counts
    And the "cumulative" result for <monitor> has wavelength edges from <from> to <to> Å

    Examples:
      | instrument | monitor         | from | to  | bins |
      | dummy      | monitor1        | 0.5  | 10  | 50   |
      | dream      | monitor_cave    | 0.8  | 4.6 | 200  |
      | loki       | beam_monitor_m1 | 1    | 13  | 60   |

  Scenario: Without a lookup table, wavelength mode is refused, saying how to provide one
    Given the instrument's NeXus geometry is installed
    And the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for monitor1 with:
      | parameter            | value      |
      | coordinate_mode.mode | wavelength |
    Then the start is rejected because "livedata lookup-table --instrument dummy"
