@web @instrument:dummy
Feature: Web dashboard
  The page that `livedata up` serves: scientists fill in a workflow's parameters, start it, watch its plots fill,
  reconfigure and stop it, and draw regions of interest on a detector image. Every scenario here clicks and reads
  that page in a real browser (headless Chromium) and attaches a screenshot of it.

  Rule: A workflow started on the page plots its results

  Scenario: A monitor histogram started on the page plots counts
    Given the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for monitor1 on the page
    Then the page plots the "cumulative" result of monitor1 as a line of 100 bins with counts

  Scenario: Reconfiguring on the page changes the plot's bins
    Given the monitor services are running
    And the scientist has started the "monitor_histogram" workflow for monitor1 on the page
    And the page plots the "cumulative" result of monitor1 as a line of 100 bins with counts
    When the scientist sets on the page:
      | parameter          | value |
      | toa_edges.num_bins | 250   |
    Then the page plots the "cumulative" result of monitor1 as a line of 250 bins with counts

  Rule: The page shows why a service refused a start

  Scenario: An invalid parameter shows the service's reason on the page
    Given the monitor services are running
    When the scientist starts the "monitor_histogram" workflow for monitor1 on the page with:
      | parameter          | value |
      | toa_edges.num_bins | 0     |
    Then the page shows the start rejected because "toa_edges.num_bins: must be between 1 and 10000, got 0"

  Rule: A workflow stopped on the page stops updating its plots

  Scenario: Stopping on the page halts the plot's updates
    Given the monitor services are running
    And the scientist has started the "monitor_histogram" workflow for monitor1 on the page
    And the page plots the "cumulative" result of monitor1 as a line of 100 bins with counts
    When the scientist stops the workflow on the page
    Then the page shows the workflow stopped, as the services acknowledged
    And the page's "cumulative" plot of monitor1 is not redrawn for 6 seconds

  Rule: Rectangles drawn on a detector image become ROIs with spectra of their own

  Scenario: A rectangle drawn on the detector image gets its ROI spectrum beside it
    Given the detector services are running
    And the scientist has started the "panel_0_xy" workflow for panel_0 on the page
    And the page shows the "cumulative" result of panel_0 as an image with counts
    When the scientist draws a rectangle on the "cumulative" image of panel_0
    Then the page plots the "roi_spectra_cumulative" result of panel_0 as 1 ROI spectrum with counts
