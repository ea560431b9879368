Feature: Hosts and participants are told what a published plan means for them
  Nobody has to look for themselves whether a new version changed anything. When the coordinator publishes,
  every participant whose placements changed, or who is in a plan for the first time, gets a mail with their
  placements and a calendar file; so does every contact of a host whose incoming participants changed. Those
  for whom nothing changed are not mailed again. A host is also told when the coordinator changes the capacity
  it declared. The coordinator reads every message under "Verzonden berichten".

  Scenario: The first version tells everyone, an unchanged second version nobody, a changed capacity the host
    Given the Brabant programme with the participants' e-mail addresses, imported by a coordinator
    And the host with the most places in the first period has a contact address
    And the coordinator has had the planner make a usable plan
    When the coordinator publishes the plan with these addresses
    Then the answer says all 37 participants and the host's contact were told
    And every participant has a message with their placements and a calendar file
    And the host's contact has a message saying who comes, with a calendar file
    When the coordinator publishes again without changing anything
    Then the answer says nobody was told
    When the coordinator gives that host one more place in the first period
    Then the host's contact has a message with the capacity it had and has now
