@instrument:dummy
Feature: Timeseries
  Motor positions and sample-environment values arrive as logged values; the timeseries service turns
  each log into a series along time, in the unit the instrument declares for it.

  Rule: Each log becomes a timeseries in the unit the instrument declares

  Scenario: A logged motor position reaches the dashboard as a timeseries in mm
    Given the timeseries services are running
    When the scientist starts the "timeseries_data" workflow for motion1
    Then one job is started, for motion1
    And results arrive for motion1 while its value keeps being logged
    And the "delta" result for motion1 is a timeseries in mm

  Scenario: The fake log producer feeds the instrument's own logs
    Given the logdata services are running
    When the scientist starts the "timeseries_data" workflow for motion2
    Then results arrive for every started job
    And the "delta" result for motion2 is a timeseries in deg

  Rule: Every instrument's logs arrive as timeseries in their units

  Scenario Outline: A <instrument> log arrives as a timeseries in <unit>
    Given the logdata services are running
    When the scientist starts the "timeseries_data" workflow for <log>
    Then results arrive for every started job
    And the "delta" result for <log> is a timeseries in <unit>

    # A log of each instrument's NeXus geometry; the fake log producer sends a plausible value for every one.
    Examples:
      | instrument | log                                        | unit          |
      | dummy      | motion2                                    | deg           |
      | beer       | neutron_prod_info/pulse_charge             | µC            |
      | bifrost    | KRDG0/value_log                            | K             |
      | dream      | T0_chopper/rotation_speed                  | 1/s           |
      | estia      | bwc/delay                                  | ns            |
      | loki       | beam_monitor_m4/trans_20                   | m             |
      | magic      | bandwidth_chopper/mechanical_delay         | deg           |
      | nmx        | neutron_prod_info/flat_top_current         | mA            |
      | odin       | source/energy                              | kV            |
      | tbl        | neutron_prod_info/fsm_machine_active       | dimensionless |

  Rule: A motor's readback, setpoint and done-moving flag become one timeseries

  Scenario Outline: The <device> motor of <instrument> shows its position with its setpoint and idle flag
    Given the logdata services are running
    When the scientist starts the "timeseries_data" workflow for <device>
    Then results arrive for every started job
    And the "delta" result for <device> is a timeseries in <unit>
    And the "delta" result for <device> carries the motor's <flags>

    # Upstream merges the logs of one NeXus group whose PVs end in .RBV, .VAL and .DMOV; TBL's motors have no .DMOV.
    Examples:
      | instrument | device                           | unit | flags                  |
      | bifrost    | rotation_stage                   | deg  | setpoint and idle flag |
      | dream      | slit_set_1/blade_top             | mm   | setpoint and idle flag |
      | estia      | analyzer_lift                    | mm   | setpoint and idle flag |
      | loki       | beamstop_x                       | mm   | setpoint and idle flag |
      | magic      | collimation_slit_set_1/blade_top | mm   | setpoint and idle flag |
      | odin       | anc_goniometer                   | deg  | setpoint and idle flag |
      | tbl        | attentuator                      | mm   | setpoint only          |

  Rule: In production the services read the forwarder's topics and EPICS PV names

  @instrument:tbl
  Scenario: A motor logged under its PV names reaches the dashboard as one device
    Given the timeseries service is running, reading production topics and PV names
    When the scientist starts the "timeseries_data" workflow for attentuator
    And the forwarder logs these values under their PV names:
      | PV                            | value |
      | TBL-AttChg:MC-LinY-01:Mtr.VAL | 20    |
      | TBL-AttChg:MC-LinY-01:Mtr.RBV | 12.5  |
    Then results arrive for every started job
    And the "delta" result for attentuator is a timeseries in mm
    And the newest "delta" sample for attentuator is 12.5 with setpoint 20

  Rule: A timeseries cannot be reset

  Scenario: A timeseries cannot be reset
    Given the timeseries services are running
    And the scientist has started the "timeseries_data" workflow for motion1
    When the scientist resets the workflow
    Then the reset is rejected because "does not support reset"
