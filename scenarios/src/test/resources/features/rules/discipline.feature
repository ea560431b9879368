Feature: A participant only takes a slot meant for their discipline
  DESIGN rule 6. A host may declare a slot for one discipline (water, ruimte, financiën…). Only
  participants of that discipline go there; a slot without a discipline takes the others.

  Background:
    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name                  |
      | WS0654 | Waterschap Aa en Maas |
      | GM0796 | 's-Hertogenbosch      |
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | WS0654 | 2027-H1 | water      | 0   | 2   |                  |
      | GM0796 | 2027-H1 |            | 0   | 2   |                  |

  Scenario: Only the water specialist goes to the waterschap's water slot
    The waterschap employs both, so the waterschap would be the choice without detachering.

    Given these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | WS0654   | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Sem Jansen     | TRAINEE | WS0654   | 8            | water      | 's-Hertogenbosch |
    When the plan is made
    Then the plan is:
      | participant    | 2027-H1 |
      | Fleur de Groot | GM0796  |
      | Sem Jansen     | WS0654  |
    And the plan breaks no hard rule

  Scenario: A coordinator who moves a trainee into another discipline's slot reads why it does not fit
    Given these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | WS0654   | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    And the coordinator moves "Fleur de Groot" to WS0654 in 2027-H1
    Then the plan breaks the rule "Discipline does not fit" for "Fleur de Groot" in 2027-H1
    And the explanation says:
      """
      Fleur de Groot works at Waterschap Aa en Maas in 2027-H1, but Waterschap Aa en Maas has no place in 2027-H1 for Fleur de Groot's discipline.
      """

  Scenario: Pinning a trainee in another discipline's slot is refused at the line of the pin
    Given these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | WS0654   | 8            | ruimte     | 's-Hertogenbosch |
    And the coordinator pins "Fleur de Groot" at WS0654 in 2027-H1
    When the plan is made
    Then the programme is refused with the error:
      """
      placements.csv:2:3: pinned placement of T01 in 2027-H1 breaks a hard rule: Fleur de Groot works at Waterschap Aa en Maas in 2027-H1, but Waterschap Aa en Maas has no place in 2027-H1 for Fleur de Groot's discipline.
      """
