Feature: A host never gets more participants than it declared it can take
  DESIGN rule 1. A host declares per period how many participants it can take at most, for the
  whole organisation or per discipline. No plan puts more people there, however close to home the
  host is, and a coordinator who tries sees the rule broken in words.

  Background:
    Given the programme "Trainee in Brabant" with 1 period of 6 months from 2027-01-01 and a maximum commute of 60 km
    And the programme asks for 1 layer of government per participant
    And these hosts:
      | host   | name             |
      | GM0796 | 's-Hertogenbosch |
      | GM0855 | Tilburg          |

  Scenario: A host that takes one gets one, even when everybody lives next door
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot       | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 9            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then 1 participant is placed at GM0796 in 2027-H1
    And 1 participant is placed at GM0855 in 2027-H1
    And the plan breaks no hard rule

  Scenario: A discipline slot has its own maximum
    The province takes one spatial planner (ruimte) and two others; a spatial planner never takes
    one of the other places.

    Given these hosts:
      | host | name                    |
      | PV30 | Provincie Noord-Brabant |
    And these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | PV30   | 2027-H1 |            | 0   | 2   |                  |
      | PV30   | 2027-H1 | ruimte     | 0   | 1   |                  |
      | GM0796 | 2027-H1 |            | 0   | 3   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot       | TRAINEE | PV30     | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Daan van der Heijden | TRAINEE | PV30     | 9            | ruimte     | 's-Hertogenbosch |
      | T03 | Sem Jansen           | TRAINEE | PV30     | 8            | ruimte     | 's-Hertogenbosch |
    When the plan is made
    Then 1 participant is placed at PV30 in 2027-H1
    And 2 participants are placed at GM0796 in 2027-H1
    And the plan breaks no hard rule

  Scenario: A coordinator who moves a second trainee in reads that the host is full
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot       | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 9            | ruimte     | Tilburg          |
    When the plan is made
    And the coordinator moves "Daan van der Heijden" to GM0796 in 2027-H1
    Then the plan breaks the rule "Host capacity exceeded" for "GM0796" in 2027-H1
    And the explanation says:
      """
      's-Hertogenbosch can take at most 1 participant in 2027-H1, but 2 are planned there: Daan van der Heijden, Fleur de Groot.
      """

  Scenario: Pinning more participants than a host takes is refused at the line of the pin
    Given these capacity declarations:
      | host   | period  | discipline | min | max | max salary scale |
      | GM0796 | 2027-H1 |            | 0   | 1   |                  |
      | GM0855 | 2027-H1 |            | 0   | 2   |                  |
    And these participants:
      | id  | name                 | kind    | employer | salary scale | discipline | home             |
      | T01 | Fleur de Groot       | TRAINEE | GM0796   | 8            | ruimte     | 's-Hertogenbosch |
      | T02 | Daan van der Heijden | TRAINEE | GM0796   | 9            | ruimte     | Tilburg          |
    And the coordinator pins "Fleur de Groot" at GM0796 in 2027-H1
    And the coordinator pins "Daan van der Heijden" at GM0796 in 2027-H1
    When the plan is made
    Then the programme is refused with the error:
      """
      placements.csv:3:3: pinned placement of T02 in 2027-H1 breaks a hard rule: 's-Hertogenbosch can take at most 1 participant in 2027-H1, but 2 are planned there: Daan van der Heijden, Fleur de Groot.
      """
