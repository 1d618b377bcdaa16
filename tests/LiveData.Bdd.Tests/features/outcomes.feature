@sample
Feature: Adapter outcomes
  Every way a scenario can end, as Reqnroll reports it.

  Background:
    Given the log is empty

  Scenario: Tables, doc strings and transformations reach the bindings
    Given these readings:
      | source   | counts |
      | monitor1 | 42     |
      | monitor2 | 7      |
    When the note says:
      """
      hello
      """
    And 3 events are counted at 12.5 ms
    Then the log reads "monitor1=42, monitor2=7, note=hello, 3 events at 12.5 ms"

  Scenario: A step that fails
    Then this step fails with "deliberately"
    And the log reads "never checked"

  Scenario: An undefined step
    Given a step nobody has written yet

  Scenario: A pending step
    Given a step that is still pending

  Scenario: An ambiguous step
    Given a step two bindings answer

  @ignore
  Scenario: An ignored scenario
    Then this step fails with "an ignored scenario runs"

  @serial
  Scenario Outline: An outline row with <count> events
    When <count> events are counted at 1 ms
    Then the log reads "<count> events at 1 ms"

    Examples:
      | count |
      | 5     |
      | 8     |

  Rule: Hooks run around scenarios in their order and for their tags

    @hooked
    Scenario: Hooks run in order and by tag
      Then the hooks so far are "before 10 (tagged hooked), before 20"
