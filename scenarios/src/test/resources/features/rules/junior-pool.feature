Feature: Junior pool members may be between assignments; trainees never are
  DESIGN: a trainee is placed in every active period (hard). A junior pool member may be between
  assignments, but only where no place is left (medium), so a pool with more members than places
  still gets a plan.

  Background:
    Given the programme "Talentenpool Zuid-Holland" with 1 period of 6 months from 2027-01-01 and a maximum commute of 45 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name                                                    |
      | BZK    | Ministerie van Binnenlandse Zaken en Koninkrijksrelaties |
      | GM0599 | Rotterdam                                               |

  Scenario: With more pool members than places, one waits and the plan is still usable
    Given these capacity declarations:
      | host | period  | discipline | min | max | max salary scale |
      | BZK  | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name        | kind   | employer | salary scale | discipline | home          |
      | Z01 | Noor Visser | JUNIOR | BZK      | 9            | juridisch  | 's-Gravenhage |
      | Z02 | Milan Bakker | JUNIOR | BZK     | 9            | juridisch  | 's-Gravenhage |
    When the plan is made
    Then 1 participant is placed at BZK in 2027-H1
    And the plan breaks no hard rule
    And the plan breaks the rule "Junior between assignments"

  Scenario: Pool members are placed wherever a place is left, even a longer commute away
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | BZK    | 2027-H1 |            | 0   | 1   |                  |
      | GM0599 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name         | kind   | employer | salary scale | discipline | home          |
      | Z01 | Noor Visser  | JUNIOR | BZK      | 9            | juridisch  | 's-Gravenhage |
      | Z02 | Milan Bakker | JUNIOR | BZK      | 9            | juridisch  | 's-Gravenhage |
    When the plan is made
    Then 1 participant is placed at BZK in 2027-H1
    And 1 participant is placed at GM0599 in 2027-H1
    And every host gets its minimum and every participant a placement

  Scenario: A trainee gets the last place before a pool member does
    Given these capacity declarations:
      | host | period  | discipline | min | max | max salary scale |
      | BZK  | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name         | kind    | employer | salary scale | discipline | home          |
      | Z01 | Noor Visser  | JUNIOR  | BZK      | 9            | juridisch  | 's-Gravenhage |
      | Z02 | Milan Bakker | TRAINEE | BZK      | 9            | juridisch  | 's-Gravenhage |
    When the plan is made
    Then "Milan Bakker" is placed at BZK in 2027-H1
    And "Noor Visser" has no placement in 2027-H1
    And the plan breaks no hard rule
    And the explanation says:
      """
      Noor Visser is between assignments in 2027-H1.
      """

  Scenario: A trainee who cannot be placed makes the plan unusable, and the explanation says who
    Milan lives in Groningen, far beyond the commute limit from any host.

    Given these capacity declarations:
      | host | period  | discipline | min | max | max salary scale |
      | BZK  | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name         | kind    | employer | salary scale | discipline | home          |
      | Z01 | Noor Visser  | TRAINEE | BZK      | 9            | juridisch  | 's-Gravenhage |
      | Z02 | Milan Bakker | TRAINEE | BZK      | 9            | juridisch  | Groningen     |
    When the plan is made
    Then "Noor Visser" is placed at BZK in 2027-H1
    And the plan breaks the rule "Trainee not placed" for "Milan Bakker" in 2027-H1
    And the explanation says:
      """
      Trainee Milan Bakker has no placement in 2027-H1.
      """

  Scenario: Nobody is placed in a period they are away
    Given the programme "Talentenpool Zuid-Holland" with 2 periods of 6 months from 2027-01-01 and a maximum commute of 45 km
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | BZK    | 2027-H1 |            | 0   | 1   |                  |
      | GM0599 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name         | kind    | employer | salary scale | discipline | home          | unavailable |
      | Z02 | Milan Bakker | TRAINEE | BZK      | 9            | juridisch  | 's-Gravenhage | 2027-H2     |
    When the plan is made
    Then "Milan Bakker" is placed at BZK in 2027-H1
    And "Milan Bakker" has no placement in 2027-H2
    And the plan breaks no hard rule
