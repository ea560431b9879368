Feature: A participant sees their own placements and nobody else's
  A trainee sees the placements of the latest published version, never the coordinator's draft,
  and can take them into their own calendar. Other participants' placements stay out of sight.

  Background:
    Given the Brabant programme has a usable plan
    And the coordinator has published it

  Scenario: Own published placements and calendar
    Given a participant whose placement the coordinator has since moved to another host in the draft
    When the participant asks for their placements
    Then they see one placement per period, each at the host of the published version
    And none of them is the draft's new host
    When the participant downloads their calendar
    Then the calendar has one event per placement, named after their hosts, and nobody else's

  Scenario Outline: Another participant's data is refused
    Given a participant account for T05
    When the participant asks for <what>
    Then the answer is <status>

    Examples:
      | what                              | status        |
      | the placements of T06             | 403 Forbidden |
      | the details of T06                | 404 Not Found |
      | the participants of the programme | 403 Forbidden |
      | the draft plan of the programme   | 403 Forbidden |
