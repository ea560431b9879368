Feature: A coordinator reads who changed what in a programme
  Several coordinators work on one programme. When a host asks why its places changed, or a participant why
  their details are different, the coordinator reads the changes: who made them, when, and what it was and
  became, in words. The changes can be narrowed to one host, one participant or one person, and downloaded.
  Hosts and participants do not read them.

  Scenario: A capacity change and a renamed participant, read back per host, per participant and per person
    Given the Brabant programme, imported by a coordinator
    And a second coordinator who gives a host one more place in the first period
    And who corrects the name of participant T05 to "Lotte van Dijk"
    When the first coordinator reads the changes made by the second coordinator
    Then there are 2 changes, the renaming first and then the capacity change
    When the first coordinator reads the changes about that host
    Then only the capacity change is listed, saying in words the maximum it was and became
    When the first coordinator reads the changes about participant T05
    Then only the renaming is listed, with the name it was and the name "Lotte van Dijk"
    And the download of the changes about that host holds that capacity change and no other
    And a host of the programme is refused the changes
