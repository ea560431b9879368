Feature: Wishes of participants and hosts are honoured where the rules allow
  DESIGN rule 9 (soft). A participant may wish for a host, in one period or any; a host may ask for
  a participant. A wish weighs more than a short commute, but never breaks a hard rule.

  Background:
    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name                    |
      | GM0796 | 's-Hertogenbosch        |
      | GM0828 | Oss                     |
      | GM0758 | Breda                   |
      | GM0794 | Helmond                 |
      | PV30   | Provincie Noord-Brabant |

  Scenario: A trainee who wishes for Oss goes to Oss, though 's-Hertogenbosch is closer
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0828 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    And these wishes:
      | participant    | host   | period | by          |
      | Fleur de Groot | GM0828 |        | PARTICIPANT |
    When the plan is made
    Then "Fleur de Groot" is placed at GM0828 in 2027-H1
    And the plan does not break the rule "Wish not honoured"

  Scenario: A host that asks for a trainee gets that trainee
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | PV30   | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot       | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    And these wishes:
      | participant          | host | period  | by   |
      | Daan van der Heijden | PV30 | 2027-H1 | HOST |
    When the plan is made
    Then the plan is:
      | participant          | 2027-H1 |
      | Fleur de Groot       | GM0796  |
      | Daan van der Heijden | PV30    |

  Scenario: A wish for one period is honoured in that period
    Given the programme "Trainee in Brabant" with 2 periods of 6 months from 2027-01-01 and a maximum commute of 60 km
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0828 | 2027-H1 |            | 0   | 1   |                  |
      | GM0796 | 2027-H2 |            | 0   | 1   |                  |
      | GM0828 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    And these wishes:
      | participant    | host   | period  | by          |
      | Fleur de Groot | GM0828 | 2027-H2 | PARTICIPANT |
    When the plan is made
    Then the plan is:
      | participant    | 2027-H1 | 2027-H2 |
      | Fleur de Groot | GM0796  | GM0828  |

  Scenario: A wish beyond the commute limit is not honoured, and the explanation says so
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0758 | 2027-H1 |            | 0   | 1   |                  |
      | GM0794 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home    |
      | T01 | Fleur de Groot | TRAINEE | GM0794   | 8            | ruimte     | Helmond |
    And these wishes:
      | participant    | host   | period | by          |
      | Fleur de Groot | GM0758 |        | PARTICIPANT |
    When the plan is made
    Then "Fleur de Groot" is placed at GM0794 in 2027-H1
    And the plan breaks no hard rule
    And the explanation says:
      """
      Fleur de Groot would like to work at Breda once, but is not planned there in any period.
      """
