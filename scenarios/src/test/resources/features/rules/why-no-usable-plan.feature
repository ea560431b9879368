Feature: When no usable plan exists, the explanation says why and what would make one
  A plan that breaks a hard rule is not usable. The coordinator then needs the cause, not only the symptom
  ("Trainee X has no placement"): per period the participants to place against the places the hosts declared;
  per participant left without a usable placement the hosts that remain after each hard rule in turn, and which
  rule removed the last one; and the smallest change that would give them a place. And where the hosts make a
  soft rule's penalty unavoidable, the explanation says so, so nobody chases it by hand.

  Background:
    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name                    |
      | GM0796 | 's-Hertogenbosch        |
      | GM0855 | Tilburg                 |
      | WS0654 | Waterschap Aa en Maas   |
      | PV30   | Provincie Noord-Brabant |

  Scenario: More trainees than places in a period
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            |            | 's-Hertogenbosch |
      | T02 | Sem Jansen     | TRAINEE | GM0796   | 8            |            | 's-Hertogenbosch |
      | T03 | Noor Bakker    | TRAINEE | GM0796   | 8            |            | 's-Hertogenbosch |
    When the plan is made
    Then the plan is not usable
    And the diagnosis says:
      """
      2027-H1 (2027-01-01 to 2027-06-30): 3 to place, 3 of them trainees; 2 places declared.
      """
    And the diagnosis says:
      """
      2027-H1: 3 trainees to place but only 2 places declared, so at least 1 cannot be placed whatever the plan: 1 more place would be needed.
      """

  Scenario: A host that is full for everyone who can reach it
    Both trainees can only reach the one host, which takes one. The planner puts both there rather than leave
    one without a placement; either way the plan is not usable, and one more place would make it so.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            |            | 's-Hertogenbosch |
      | T02 | Sem Jansen     | TRAINEE | GM0796   | 8            |            | Vught            |
    When the plan is made
    Then the plan is not usable
    And for "Sem Jansen" in 2027-H1 the diagnosis says:
      """
      Hosts remain, but their places in 2027-H1 are taken.
      """
    And for "Sem Jansen" in 2027-H1 the diagnosis says:
      """
      Smallest change: One more place at 's-Hertogenbosch in 2027-H1 would give Sem Jansen a placement.
      """

  Scenario: A commute limit no host can meet, and the limit that would
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 2   |                  |
      | GM0855 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home      |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            |            | Groningen |
    When the plan is made
    Then the plan breaks the rule "Trainee not placed" for "Fleur de Groot" in 2027-H1
    And for "Fleur de Groot" in 2027-H1 the hosts that remain after each rule are:
      """
      Fleur de Groot (T01) in 2027-H1: 2 hosts in the programme; 2 with capacity declared for 2027-H1; 2 with a place for any discipline; 2 where an employee of 's-Hertogenbosch (GEMEENTEN) may work; 2 that take salary scale 8; 0 within 60 km; 0 not worked at before.
      """
    And for "Fleur de Groot" in 2027-H1 the diagnosis says:
      """
      The rule "Commute too long" removed the last host.
      """
    And for "Fleur de Groot" in 2027-H1 the diagnosis says:
      """
      Smallest change: Fleur de Groot could work at 's-Hertogenbosch, 244 km away, with a commute limit of 244 km instead of 60 km: raise max_commute_km to 244 km for T01.
      """

  Scenario: Employment conditions that allow no host
    Defensie staff may only work at the Rijk; this programme has only municipal hosts.

    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | DEF      | 8            |            | 's-Hertogenbosch |
    When the plan is made
    Then for "Fleur de Groot" in 2027-H1 the diagnosis says:
      """
      The rule "Employment conditions do not match" removed the last host.
      """
    And for "Fleur de Groot" in 2027-H1 the diagnosis says:
      """
      Smallest change: Fleur de Groot could work at 's-Hertogenbosch if the compatibility table allowed DEFENSIE at GEMEENTEN, for example with a secondment: add DEFENSIE,GEMEENTEN,SECONDMENT to compatibility.csv.
      """

  Scenario: A discipline no host has a place for
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | WS0654 | 2027-H1 | water      | 0   | 2   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | WS0654   | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then the diagnosis says:
      """
      2027-H1: 1 participants in discipline 'ruimte', and 0 places they can take (slots for their discipline, or open slots where a host has none).
      """
    And for "Fleur de Groot" in 2027-H1 the diagnosis says:
      """
      The rule "Discipline does not fit" removed the last host.
      """
    And for "Fleur de Groot" in 2027-H1 the diagnosis says:
      """
      Smallest change: Fleur de Groot could work at Waterschap Aa en Maas if it declared a place for discipline 'ruimte' (or for any discipline) in 2027-H1.
      """

  Scenario: A salary scale above every ceiling
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 2   | 9                |
      | GM0855 | 2027-H1 |            | 0   | 2   | 8                |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 11           |            | 's-Hertogenbosch |
    When the plan is made
    Then for "Fleur de Groot" in 2027-H1 the diagnosis says:
      """
      Smallest change: Fleur de Groot could work at 's-Hertogenbosch in 2027-H1 if that slot took salary scale 11 (now at most 9): raise its max_salary_scale to 11.
      """

  Scenario: A usable plan needs no diagnosis of participants
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot | TRAINEE | GM0796   | 8            |            | 's-Hertogenbosch |
    When the plan is made
    Then the plan breaks no hard rule
    And the diagnosis does not say anything about "Smallest change"

  Scenario: Only ministries host, so the layer-variety rules cannot be met
    Given the programme "Rijkstraineeship" with 2 periods of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 3 layers of government per participant
    And these hosts:
      | host | name                                                      |
      | BZK  | Ministerie van Binnenlandse Zaken en Koninkrijksrelaties |
      | FIN  | Ministerie van Financiën                                  |
    And these capacity declarations:
      | host | period  | discipline | min | max | max salary scale |
      | BZK  | 2027-H1 |            | 0   | 2   |                  |
      | FIN  | 2027-H1 |            | 0   | 2   |                  |
      | BZK  | 2027-H2 |            | 0   | 2   |                  |
      | FIN  | 2027-H2 |            | 0   | 2   |                  |
    And these participants:
      | id  | name           | kind    | employer | salary scale | discipline | home     |
      | T01 | Fleur de Groot | TRAINEE | BZK      | 8            |            | Den Haag |
    When the plan is made
    Then the plan breaks no hard rule
    And the diagnosis says:
      """
      Too few layers of government: The hosts of this programme are in 1 layer(s) of government (MINISTRY), while the programme asks for 3: no plan meets this rule for everyone.
      """
    And the diagnosis says:
      """
      Same layer of government twice in a row: Every host is in one layer of government (MINISTRY): anyone placed in two periods in a row works in the same layer twice in a row.
      """
