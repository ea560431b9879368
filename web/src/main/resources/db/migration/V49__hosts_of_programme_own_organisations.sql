-- A programme's own organisation (a pool employer, a host only that programme knows) can host too, so its people
-- get contacts and accounts like those of a shared organisation; the invitation rules check that the code is
-- known to a programme or to the shared table.
alter table host_contact drop constraint host_contact_organisation_code_fkey;
alter table app_user drop constraint app_user_organisation_code_fkey;
