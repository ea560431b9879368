Feature: A coordinator tries a what-if variant before changing the draft
  Before giving a host one more place, the coordinator wants to see what it would do to the plan. The
  coordinator copies the draft into a named variant, gives the host one more place there, has the planner
  make a plan of the variant, compares it with the draft and adopts it. Until it is adopted the draft stays
  as it was, and hosts and participants never see the variant.

  Scenario: One more place at a host, planned, compared with the draft and adopted
    Given a coordinator with a usable plan of the Brabant programme
    When the coordinator makes a variant "Eén plek meer" of the draft
    And gives the busiest host in 2028-H1 one more place in the variant
    Then the draft still gives that host the places it had
    And that host does not see the variant
    When the coordinator has the planner make a plan of the variant
    Then the variant's plan is usable
    When the coordinator compares the variant with the draft
    Then the comparison gives the penalty of every rule for the variant and for the draft
    And it shows the host's extra place in 2028-H1
    And it lists each placement whose host differs, with the host in the variant and in the draft
    When the coordinator adopts the variant with what the comparison showed
    Then the draft has the variant's placements and the host's extra place
    And adopting the variant again with what that comparison showed is refused, changing nothing
