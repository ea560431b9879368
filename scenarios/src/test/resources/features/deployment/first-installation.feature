Feature: A new installation, from the first coordinator to hosts and participants on their own pages
  An organisation installs Doorstroom in production on its own PostgreSQL server, following the README:
  nobody has a default password. The first coordinator gets a one-time link, imports a programme and invites
  a host's contact and a participant by e-mail; each chooses a password through their own link and sees
  their own pages. A colleague at the host signs in through the organisation's identity provider instead.

  Scenario: From an empty database to everyone signed in
    Given Doorstroom runs in production on an empty PostgreSQL database, with "coordinator@brabant.example.nl" as the first coordinator
    Then nobody can read the API description without signing in
    When the first coordinator chooses the password "eerste coördinator 2027" through the link in the mail kept for them
    Then "coordinator@brabant.example.nl" signs in with "eerste coördinator 2027" and sees "Programma"
    When the coordinator imports the programme files of "brabant-trainees", with these e-mail addresses:
      | participant | email                       |
      | T01         | fleur.degroot@example.nl    |
      | T02         | sjoerd.hoekstra@example.nl  |
    And the coordinator adds "planning@noord-brabant.example.nl" as a contact of PV30 and invites PV30
    And the coordinator invites participant T01
    Then the sent messages list an invitation to "planning@noord-brabant.example.nl" and one to "fleur.degroot@example.nl"
    When "planning@noord-brabant.example.nl" chooses the password "capaciteit plannen!" through the link in their invitation
    Then "planning@noord-brabant.example.nl" signs in with "capaciteit plannen!" and sees "Onze capaciteit"
    When "fleur.degroot@example.nl" chooses the password "mijn eigen rotaties" through the link in their invitation
    Then "fleur.degroot@example.nl" signs in with "mijn eigen rotaties" and sees "Mijn rotaties"
    And "fleur.degroot@example.nl" gets 403 Forbidden for the coordinator's programme list
    When the coordinator adds "collega@noord-brabant.example.nl" as a contact of PV30 and invites PV30
    And "collega@noord-brabant.example.nl" signs in through the province's identity provider, which vouches for that address
    Then they see "Onze capaciteit"
