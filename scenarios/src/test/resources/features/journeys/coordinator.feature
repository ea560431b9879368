Feature: A coordinator plans a programme from its files to a published version
  The coordinator works through the API against the running application: import the programme files,
  have the planner make a plan, ask why a placement is where it is, move a placement to a recommended
  host, re-plan once periods have started, and publish the plan for hosts and participants.

  Scenario: From the Brabant demo files to version 1
    Given a coordinator
    When the coordinator imports the programme files of "brabant-trainees"
    Then the programme "Trainee in Brabant 2027–2028" is stored with 37 participants in 4 periods
    When the coordinator has the planner make a plan
    Then the plan is usable and every participant has a host in every period
    When the coordinator asks why T01 is placed where they are in 2027-H1
    Then the answer names T01's host in 2027-H1 and gives the reasons in words
    When the coordinator moves a placement in 2028-H1 to a recommended host that keeps the plan usable
    Then the placement is at that host, pinned, and the plan is still usable
    When the coordinator re-plans with today being 2027-08-01, in the second period
    Then the placements of the started periods are unchanged and pinned:
      | period  |
      | 2027-H1 |
      | 2027-H2 |
    And the moved placement is still at the recommended host
    And the plan is usable
    When the coordinator publishes the plan
    Then version 1 is published with every placement of the plan
