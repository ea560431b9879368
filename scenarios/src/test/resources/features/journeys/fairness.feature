Feature: A coordinator checks that the plan shares commuting fairly
  A plan can have the smallest total commute while one trainee travels an hour each way for two years and
  another ten minutes. The coordinator sees how the commutes over the whole programme are spread and who is
  worst off, and what each host gets against what it declared. To share commuting more evenly, the coordinator
  weighs the fairness rule in a variant and compares the two plans by their fairness figures. Hosts and
  participants see none of it.

  @fairness
  Scenario: The spread of commuting, the worst off, and a variant that weighs fairness
    Given the Brabant programme has a usable plan
    When the coordinator asks how fairly the plan shares commuting
    Then each participant's total commute adds up one commute for every period with a host
    And the percentiles of total commute go up from p10 to p50, p90 and the highest
    And the ten worst off are the participants who commute furthest, furthest first
    And every host's placements are counted against what it declared over all periods
    And a host or a participant asking for the fairness figures is refused
    When the coordinator makes a variant that weighs fair commuting and has the planner plan it
    Then the variant's explanation scores the fairness rule
    And comparing the variant with the draft gives the fairness figures of both plans
