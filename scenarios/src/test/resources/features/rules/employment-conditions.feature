Feature: Nobody is placed where their employment conditions do not carry over
  DESIGN rule 3. The employer holds the contract and fixes the cao (sector). The programme's
  compatibility table says whether an employer's sector may work at a host's sector: allowed,
  allowed with a detachering (secondment), or not allowed. A host's slot may also have a
  salary-scale ceiling. Rule 10: where it makes no other difference, a placement that needs no
  detachering is preferred.

  Background:
    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name                    |
      | GM0796 | 's-Hertogenbosch        |
      | GM0855 | Tilburg                 |
      | PV30   | Provincie Noord-Brabant |
      | WS0654 | Waterschap Aa en Maas   |

  Scenario: A sector pair the programme does not allow is never used, even next door
    Given the programme's compatibility table says:
      | employer sector | host sector   | compatibility |
      | GEMEENTEN       | WATERSCHAPPEN | NOT_ALLOWED   |
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | WS0654 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then "Fleur de Groot" is placed at GM0855 in 2027-H1
    And the plan breaks no hard rule

  Scenario: A coordinator who moves a trainee across a closed sector boundary reads why
    Given the programme's compatibility table says:
      | employer sector | host sector   | compatibility |
      | GEMEENTEN       | WATERSCHAPPEN | NOT_ALLOWED   |
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | WS0654 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    And the coordinator moves "Fleur de Groot" to WS0654 in 2027-H1
    Then the plan breaks the rule "Employment conditions do not match" for "Fleur de Groot" in 2027-H1
    And the explanation says:
      """
      Fleur de Groot works at Waterschap Aa en Maas in 2027-H1, but as an employee of 's-Hertogenbosch (GEMEENTEN) Fleur de Groot may not work at Waterschap Aa en Maas (WATERSCHAPPEN).
      """

  Scenario: Under the default table a gemeente employee may work at a waterschap with a detachering
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | WS0654 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then "Fleur de Groot" is placed at WS0654 in 2027-H1
    And 1 placement needs a detachering
    And the explanation says:
      """
      Fleur de Groot works at Waterschap Aa en Maas in 2027-H1; this needs a secondment agreement with 's-Hertogenbosch.
      """

  Scenario: Of two equally close hosts, the one under the participant's own cao is chosen
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | PV30   | 2027-H1 |            | 0   | 1   |                  |
      | WS0654 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | PV30     | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then "Fleur de Groot" is placed at PV30 in 2027-H1
    And no placement needs a detachering

  Scenario: A salary scale above the host's ceiling is never placed there
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 2   | 9                |
      | GM0855 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot       | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 10           | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then the plan is:
      | participant          | 2027-H1 |
      | Fleur de Groot       | GM0796  |
      | Daan van der Heijden | GM0855  |
    And the plan breaks no hard rule

  Scenario: Pinning a trainee above the host's salary-scale ceiling is refused at the line of the pin
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 2   | 9                |
      | GM0855 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 10           | ruimte     | 's-Hertogenbosch |
    And the coordinator pins "Daan van der Heijden" at GM0796 in 2027-H1
    When the plan is made
    Then the programme is refused with the error:
      """
      placements.csv:2:3: pinned placement of T02 in 2027-H1 breaks a hard rule: Daan van der Heijden works at 's-Hertogenbosch in 2027-H1 at salary scale 10, but 's-Hertogenbosch can take no higher than scale 9 in 2027-H1.
      """
