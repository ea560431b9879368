Feature: Hosts get the participants they asked for at least
  DESIGN, medium rules: a host's declared minimum is met before commutes, wishes or detacheringen
  are made shorter or fewer; when it cannot be met, the plan is still usable and says so.

  Background:
    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name                    |
      | PV30   | Provincie Noord-Brabant |
      | GM0855 | Tilburg                 |

  Scenario: The province gets its one trainee, though both live in Tilburg
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | PV30   | 2027-H1 |            | 1   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home    |
      | T01 | Fleur de Groot       | TRAINEE | GM0855   | 8            | ruimte     | Tilburg |
      | T02 | Daan van der Heijden | TRAINEE | GM0855   | 9            | ruimte     | Tilburg |
    When the plan is made
    Then 1 participant is placed at PV30 in 2027-H1
    And every host gets its minimum and every participant a placement

  Scenario: A minimum that cannot be met leaves a usable plan that says so
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | PV30   | 2027-H1 |            | 2   | 2   |                  |
      | GM0855 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | PV30     | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then the plan breaks no hard rule
    And "Fleur de Groot" is placed at PV30 in 2027-H1
    And the plan breaks the rule "Host minimum not met" for "PV30" in 2027-H1
    And the explanation says:
      """
      Provincie Noord-Brabant asked for at least 2 participants in 2027-H1, but gets 1.
      """
