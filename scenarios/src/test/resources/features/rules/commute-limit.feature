Feature: Nobody commutes further than the programme allows
  DESIGN rule 4. The one-way road distance from home to host stays within the programme's maximum,
  or within the participant's own, stricter limit. Where a router's distance is given, it counts;
  otherwise Doorstroom estimates (straight line × 1.3).

  Background:
    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name                    |
      | PV30   | Provincie Noord-Brabant |
      | GM0758 | Breda                   |
      | GM0766 | Dongen                  |

  Scenario: The commute limit comes before a host's minimum
    The province in 's-Hertogenbosch asks for one trainee, but the only trainee lives in Bergen op
    Zoom, about 100 km away.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | PV30   | 2027-H1 |            | 1   | 1   |                  |
      | GM0758 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home           |
      | T01 | Fleur de Groot | TRAINEE | GM0758   | 8            | ruimte     | Bergen op Zoom |
    When the plan is made
    Then "Fleur de Groot" is placed at GM0758 in 2027-H1
    And the plan breaks no hard rule
    And the plan breaks the rule "Host minimum not met" for "PV30" in 2027-H1

  Scenario: A participant's own limit is stricter than the programme's
    Without her own limit of 25 km Fleur would go to the province (31 km) and Daan to Dongen, his
    home town: the shortest commutes in total.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | PV30   | 2027-H1 |            | 1   | 1   |                  |
      | GM0766 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home    | max commute km |
      | T01 | Fleur de Groot       | TRAINEE | GM0855   | 8            | ruimte     | Tilburg | 25             |
      | T02 | Daan van der Heijden | TRAINEE | GM0855   | 8            | ruimte     | Dongen  |                |
    When the plan is made
    Then the plan is:
      | participant          | 2027-H1 |
      | Fleur de Groot       | GM0766  |
      | Daan van der Heijden | PV30    |
    And "Fleur de Groot" travels at most 25 km in every period
    And the plan breaks no hard rule

  Scenario: A router's road distance counts instead of the estimate
    Tilburg to Breda is about 28 km by the estimate; the router says 65 km.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0758 | 2027-H1 |            | 1   | 1   |                  |
      | GM0766 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home    |
      | T01 | Fleur de Groot | TRAINEE | GM0855   | 8            | ruimte     | Tilburg |
    And these road distances:
      | participant    | host   | km | minutes |
      | Fleur de Groot | GM0758 | 65 | 70      |
    When the plan is made
    Then "Fleur de Groot" is placed at GM0766 in 2027-H1
    And the plan breaks no hard rule

  Scenario: A coordinator who moves a trainee too far from home reads how far is too far
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | PV30   | 2027-H1 |            | 0   | 1   |                  |
      | GM0758 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home           |
      | T01 | Fleur de Groot | TRAINEE | GM0758   | 8            | ruimte     | Bergen op Zoom |
    When the plan is made
    And the coordinator moves "Fleur de Groot" to PV30 in 2027-H1
    Then the plan breaks the rule "Commute too long" for "Fleur de Groot" in 2027-H1
    And the explanation says:
      """
      Fleur de Groot works at Provincie Noord-Brabant in 2027-H1 and travels 100 km one way; the maximum is 60 km.
      """
