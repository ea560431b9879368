Feature: Every participant sees several layers of government, and not the same one twice in a row
  DESIGN rule 7 (soft). A participant should work in as many layers of government (gemeente,
  provincie, waterschap, ministerie) as the programme asks, counting their history, and never in the
  same layer in two consecutive rotations. Both weigh more than a detachering.

  Background:
    Given these hosts:
      | host   | name                 |
      | GM0796 | 's-Hertogenbosch     |
      | GM0757 | Boxtel               |
      | WS0539 | Waterschap De Dommel |
      | WS0654 | Waterschap Aa en Maas |

  Scenario: Two placements apart still see two layers
    Fleur is away in 2027-H2, so her two placements are not consecutive. Boxtel and the waterschap
    in Boxtel are equally far; only the waterschap needs a detachering, and only it adds a layer.

    Given the programme "Trainee in Brabant" with 3 periods of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 2 layers of government per participant
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0757 | 2027-H1 |            | 0   | 1   |                  |
      | WS0539 | 2027-H1 |            | 0   | 1   |                  |
      | GM0796 | 2028-H1 |            | 0   | 1   |                  |
      | GM0757 | 2028-H1 |            | 0   | 1   |                  |
      | WS0539 | 2028-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             | unavailable |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch | 2027-H2     |
    When the plan is made
    Then "Fleur de Groot" works in 2 layers of government
    And "Fleur de Groot" is placed at GM0796 in 1 period
    And "Fleur de Groot" is placed at WS0539 in 1 period

  Scenario: Consecutive rotations are in different layers
    Given the programme "Trainee in Brabant" with 2 periods of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0757 | 2027-H1 |            | 0   | 1   |                  |
      | WS0539 | 2027-H1 |            | 0   | 1   |                  |
      | GM0796 | 2027-H2 |            | 0   | 1   |                  |
      | GM0757 | 2027-H2 |            | 0   | 1   |                  |
      | WS0539 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then nobody works in the same layer of government twice in a row
    And "Fleur de Groot" is placed at WS0539 in 1 period

  Scenario: Layers from the participant's history count
    Fleur worked at a waterschap before, so a gemeente now makes two layers without a detachering.

    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 2 layers of government per participant
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | WS0654 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    And this history:
      | participant    | host   | period  |
      | Fleur de Groot | WS0539 | 2026-H2 |
    When the plan is made
    Then "Fleur de Groot" is placed at GM0796 in 2027-H1
    And the plan does not break the rule "Too few layers of government"

  Scenario: Where only gemeenten take part, the explanation says the target is missed
    Given the programme "Trainee in Brabant" with 2 periods of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 2 layers of government per participant
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0757 | 2027-H1 |            | 0   | 1   |                  |
      | GM0796 | 2027-H2 |            | 0   | 1   |                  |
      | GM0757 | 2027-H2 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then the plan breaks no hard rule
    And the explanation says:
      """
      Fleur de Groot sees 1 layer of government, while the programme asks for 2.
      """
