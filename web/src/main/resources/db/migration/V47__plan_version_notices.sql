-- Who was told about a published version: written once the mails are, after the version is committed. Null
-- while nobody has been told; notice_problem says why telling failed, the version itself stands.
alter table plan_version
    add column told_participants  integer,
    add column told_host_contacts integer,
    add column notice_problem     text;
