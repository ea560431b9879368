-- Whom a recorded change is about, so the coordinator can read the trail of one participant or one host.
-- A move concerns two hosts (the one left and the one taken), hence a list of hosts.
alter table audit_entry
    add column participant_id text,
    add column host_codes     text[] not null default '{}';

create index audit_entry_participant on audit_entry (programme_id, participant_id, id desc)
    where participant_id is not null;
create index audit_entry_hosts on audit_entry using gin (host_codes);

-- Earlier entries name whom they are about in their subject: "participant T1", "placement T1@2027-H1",
-- "capacity 12 GM0363 2027-H1", "organisation GM0363".
update audit_entry set participant_id = substring(subject from 13) where subject like 'participant %';
update audit_entry set participant_id = split_part(substring(subject from 11), '@', 1) where subject like 'placement %';
update audit_entry set host_codes = array[split_part(subject, ' ', 3)] where subject like 'capacity % % %';
update audit_entry set host_codes = array[substring(subject from 14)] where subject like 'organisation %';
