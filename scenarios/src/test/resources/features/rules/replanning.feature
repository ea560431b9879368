Feature: Re-planning keeps what has begun and what is pinned, and changes as little as possible
  DESIGN rule 11. A published plan is re-planned when something changes. Placements in periods
  that have begun stay as they are, pinned placements stay where the coordinator put them, and of
  the rest only what must change, changes.

  Background:
    Given the programme "Trainee in Brabant" with 2 periods of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name             |
      | GM0796 | 's-Hertogenbosch |
      | GM0855 | Tilburg          |
      | GM0828 | Oss              |
      | GM0757 | Boxtel           |
      | GM0758 | Breda            |

  Scenario: A host that withdraws from the next period moves only the trainee who was going there
    Tilburg no longer takes anybody in 2027-H2. Sem would rather work in 's-Hertogenbosch, where a
    place is free, but he keeps his published placement in Oss.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
      | GM0757 | 2027-H1 |            | 0   | 1   |                  |
      | GM0796 | 2027-H2 |            | 0   | 2   |                  |
      | GM0828 | 2027-H2 |            | 0   | 1   |                  |
      | GM0757 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot       | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 8            | ruimte     | Tilburg          |
      | T03 | Sem Jansen           | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    And the published plan:
      | participant          | period  | host   | pinned |
      | Fleur de Groot       | 2027-H1 | GM0855 | false  |
      | Fleur de Groot       | 2027-H2 | GM0796 | false  |
      | Daan van der Heijden | 2027-H1 | GM0796 | false  |
      | Daan van der Heijden | 2027-H2 | GM0855 | false  |
      | Sem Jansen           | 2027-H1 | GM0757 | false  |
      | Sem Jansen           | 2027-H2 | GM0828 | false  |
    When the plan is made again on 2027-03-01
    Then the placements in 2027-H1 are as published
    And only these placements differ from the published plan:
      | participant          | period  | published | now    |
      | Daan van der Heijden | 2027-H2 | GM0855    | GM0757 |
    And the plan breaks no hard rule
    And the explanation says:
      """
      Daan van der Heijden was at Tilburg in 2027-H2 in the published plan, but now goes to Boxtel.
      """

  Scenario: A period that has begun stays as published, even when a nearer host is free
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0758 | 2027-H1 |            | 0   | 1   |                  |
      | GM0828 | 2027-H2 |            | 0   | 1   |                  |
      | GM0796 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    And the published plan:
      | participant    | period  | host   | pinned |
      | Fleur de Groot | 2027-H1 | GM0758 | false  |
      | Fleur de Groot | 2027-H2 | GM0828 | false  |
    When the plan is made again on 2027-03-01
    Then the plan is:
      | participant    | 2027-H1 | 2027-H2 |
      | Fleur de Groot | GM0758  | GM0828  |

  Scenario: Before a period begins, a placement may still change when that saves a long commute
    Breda is 56 km from Fleur's home, 's-Hertogenbosch is her home town.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0758 | 2027-H1 |            | 0   | 1   |                  |
      | GM0828 | 2027-H2 |            | 0   | 1   |                  |
      | GM0796 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    And the published plan:
      | participant    | period  | host   | pinned |
      | Fleur de Groot | 2027-H1 | GM0758 | false  |
      | Fleur de Groot | 2027-H2 | GM0828 | false  |
    When the plan is made again on 2026-12-01
    Then only these placements differ from the published plan:
      | participant    | period  | published | now    |
      | Fleur de Groot | 2027-H1 | GM0758    | GM0796 |

  Scenario: A placement the coordinator pinned stays where it was pinned
    Boxtel is further from Fleur's home than Oss, but the coordinator pinned her there.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0828 | 2027-H1 |            | 0   | 1   |                  |
      | GM0796 | 2027-H2 |            | 0   | 1   |                  |
      | GM0828 | 2027-H2 |            | 0   | 1   |                  |
      | GM0757 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    And the coordinator pins "Fleur de Groot" at GM0757 in 2027-H2
    When the plan is made
    Then the plan is:
      | participant    | 2027-H1 | 2027-H2 |
      | Fleur de Groot | GM0796  | GM0757  |
    And the plan breaks no hard rule
