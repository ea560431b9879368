Feature: A broken import is refused with every error, and nothing changes
  A coordinator who uploads programme files with mistakes hears about all of them at once, each
  with its file, line and column, so they can be fixed in one go. Nothing of the upload is stored.

  Scenario: Broken capacity and participants files
    Given a coordinator
    And the Brabant programme files, with capacity.csv reading:
      | host   | period  | discipline | min | max | max_salary_scale |
      | GM0796 | 2027-H1 |            | 3   | 2   |                  |
      | GM9999 | 2027-H1 |            | 0   | 1   |                  |
      | PV30   | 2031-H1 |            | 1   | 5   | 25               |
    And with participants.csv reading:
      | id  | name           | kind    | employer | salary_scale | discipline | home             | max_commute_km |
      | T01 | Fleur de Groot | TRAINEE | PV30     | 25           | ruimte     | 's-Hertogenbosch |                |
      | T02 | Daan van Dijk  | STAGIAIR| PV30     | 9            | ruimte     | Tilburg          |                |
      | T03 | Sanne Verhoef  | TRAINEE | PV30     | 8            | ruimte     | Atlantis         | -5             |
    And without wishes.csv
    When the coordinator imports them
    Then the import is refused, listing exactly these errors:
      | error                                                                                                                                                    |
      | participants.csv:2:5: salary_scale 25 is outside 1..18                                                                                                   |
      | participants.csv:3:3: unknown kind 'STAGIAIR': expected one of TRAINEE, JUNIOR                                                                           |
      | participants.csv:4:7: unknown home 'Atlantis': expected a municipality code or name                                                                      |
      | participants.csv:4:8: max_commute_km -5 is negative: expected a whole number from 0 to 1000                                                              |
      | capacity.csv:2:5: min 3 is above max 2                                                                                                                   |
      | capacity.csv:3:1: unknown organisation 'GM9999': expected an organisation code such as GM0796, PV30, WS0155 or BZK, from the reference or organisations.csv |
      | capacity.csv:4:2: unknown period '2031-H1': expected one of 2027-H1, 2027-H2, 2028-H1, 2028-H2                                                           |
      | capacity.csv:4:6: max_salary_scale 25 is outside 1..18                                                                                                   |
    And the number of programmes and organisations stored is unchanged
