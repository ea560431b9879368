Feature: Commutes are short, and fairly shared
  DESIGN rule 8 (soft). Within the limit, shorter is better, and a long commute weighs more than
  proportionally: two trainees travelling a moderate distance is better than one next door and one
  far away.

  Background:
    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name                    |
      | GM0796 | 's-Hertogenbosch        |
      | GM0855 | Tilburg                 |
      | PV30   | Provincie Noord-Brabant |

  Scenario: Each trainee gets the host nearer home
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot       | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 8            | ruimte     | Tilburg          |
    When the plan is made
    Then the plan is:
      | participant          | 2027-H1 |
      | Fleur de Groot       | GM0796  |
      | Daan van der Heijden | GM0855  |

  Scenario: Two moderate commutes are better than one short and one long
    Fleur lives in Tilburg, Daan in Oosterhout. Fleur in Tilburg and Daan in 's-Hertogenbosch
    would be 45 km of travel in all, all of it Daan's; the fair plan is 52 km, 31 and 21.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home       |
      | T01 | Fleur de Groot       | TRAINEE | GM0796   | 8            | ruimte     | Tilburg    |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 8            | ruimte     | Oosterhout |
    When the plan is made
    Then the plan is:
      | participant          | 2027-H1 |
      | Fleur de Groot       | GM0796  |
      | Daan van der Heijden | GM0855  |
    And "Daan van der Heijden" travels at most 21 km in every period

  Scenario: A short commute weighs more than avoiding a detachering
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | PV30   | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home    |
      | T01 | Fleur de Groot | TRAINEE | PV30     | 8            | ruimte     | Tilburg |
    When the plan is made
    Then "Fleur de Groot" is placed at GM0855 in 2027-H1
    And 1 placement needs a detachering
