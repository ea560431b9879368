Feature: Nobody works at the same host twice
  DESIGN rule 5. A participant rotates to learn other organisations: never the same host twice in a
  programme, and never a host from their history (earlier placements, before this programme).

  Background:
    Given the programme "Trainee in Brabant" with 2 periods of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name             |
      | GM0796 | 's-Hertogenbosch |
      | GM0828 | Oss              |
      | GM0865 | Vught            |
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0796 | 2027-H2 |            | 0   | 1   |                  |
      | GM0828 | 2027-H1 |            | 0   | 1   |                  |
      | GM0828 | 2027-H2 |            | 0   | 1   |                  |
      | GM0865 | 2027-H1 |            | 0   | 1   |                  |
      | GM0865 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |

  Scenario: The host next door is visited once, not every period
    When the plan is made
    Then "Fleur de Groot" is placed at GM0796 in 1 period
    And the plan breaks no hard rule

  Scenario: A host from the participant's history is not visited again
    Given this history:
      | participant    | host   | period  |
      | Fleur de Groot | GM0796 | 2026-H2 |
    When the plan is made
    Then "Fleur de Groot" is never placed at GM0796
    And "Fleur de Groot" is placed at GM0865 in 1 period
    And "Fleur de Groot" is placed at GM0828 in 1 period
    And the plan breaks no hard rule

  Scenario: A coordinator who places a trainee at the same host twice reads which periods clash
    When the plan is made
    And the coordinator moves "Fleur de Groot" to GM0796 in 2027-H1
    And the coordinator moves "Fleur de Groot" to GM0796 in 2027-H2
    Then the plan breaks the rule "Same host twice" for "Fleur de Groot" in 2027-H2
    And the explanation says:
      """
      Fleur de Groot already works at 's-Hertogenbosch in 2027-H1 and is planned at 's-Hertogenbosch again in 2027-H2.
      """

  Scenario: Pinning a trainee at a host from her history is refused at the line of the pin
    Given this history:
      | participant    | host   | period  |
      | Fleur de Groot | GM0796 | 2026-H2 |
    And the coordinator pins "Fleur de Groot" at GM0796 in 2027-H1
    When the plan is made
    Then the programme is refused with the error:
      """
      placements.csv:2:3: pinned placement of T01 in 2027-H1 breaks a hard rule: Fleur de Groot has worked at 's-Hertogenbosch before and is planned at 's-Hertogenbosch again in 2027-H1.
      """
