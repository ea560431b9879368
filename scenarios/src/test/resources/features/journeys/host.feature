Feature: A host declares capacity and sees who is coming
  A host organisation declares how many participants it can take in the coming periods, sees who
  comes once the coordinator has published the plan, and sees nothing of other hosts.

  Background:
    Given the Brabant programme has a usable plan
    And a host account for the Provincie Noord-Brabant, PV30

  Scenario: The host declares capacity for a coming period
    When the host declares capacity for 2028-H2:
      | discipline | min | max |
      | financiën  | 0   | 1   |
    Then the host's declarations in the programme include 2028-H2 "financiën" with min 0 and max 1
    And the coordinator sees the same declaration for PV30

  Scenario: After publication the host sees its incoming participants
    When the coordinator has the plan made again and publishes it
    Then the host sees, per period, exactly the participants the published version places at PV30

  Scenario: The host is refused another host's data
    When the host changes the declaration of WS0654 for 2027-H1 to max 9
    Then the answer is 404 Not Found
    And the declaration of WS0654 for 2027-H1 is unchanged
    When the host withdraws the declaration of WS0654 for 2027-H1
    Then the answer is 404 Not Found
    And the declaration of WS0654 for 2027-H1 is unchanged
    When the host asks for the capacity of a programme PV30 takes no part in
    Then the answer is 404 Not Found
