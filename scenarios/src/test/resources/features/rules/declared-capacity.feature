Feature: A placement only goes to a host that declared capacity for that period
  DESIGN rule 2. A host that declared nothing for a period takes nobody then: not from the planner,
  not from a published plan, not from a pin.

  Background:
    Given the programme "Trainee in Brabant" with 2 periods of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name             |
      | GM0796 | 's-Hertogenbosch |
      | GM0828 | Oss              |
      | GM0855 | Tilburg          |
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H2 |            | 0   | 1   |                  |
      | GM0828 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |

  Scenario: A published placement at a host that declared nothing for that period is moved
    's-Hertogenbosch declared no capacity for 2027-H2 after the plan was published.

    Given the published plan:
      | participant    | period  | host   | pinned |
      | Fleur de Groot | 2027-H1 | GM0855 | false  |
      | Fleur de Groot | 2027-H2 | GM0796 | false  |
    When the plan is made
    Then the plan is:
      | participant    | 2027-H1 | 2027-H2 |
      | Fleur de Groot | GM0855  | GM0828  |
    And the plan breaks no hard rule
    And the explanation says:
      """
      Fleur de Groot was at 's-Hertogenbosch in 2027-H2 in the published plan, but now goes to Oss.
      """

  Scenario: Pinning a trainee at a host without capacity is refused at the line of the pin
    Given the coordinator pins "Fleur de Groot" at GM0796 in 2027-H2
    When the plan is made
    Then the programme is refused with the error:
      """
      placements.csv:2:3: pinned placement of T01 in 2027-H2 breaks a hard rule: Fleur de Groot works at 's-Hertogenbosch in 2027-H2, but 's-Hertogenbosch declared no capacity for 2027-H2.
      """
