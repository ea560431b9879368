-- Accounts for a real deployment: people are invited by e-mail, sign in with a password they set
-- themselves or through their organisation's identity provider, and scripts use personal API tokens.

-- The address invitations, reset links and identity providers match on; one account per address.
alter table app_user add column email text;
create unique index app_user_email on app_user (lower(email)) where email is not null;
-- An invited person has no password until they set one through their link.
alter table app_user alter column password_hash drop not null;
alter table app_user add column created_at timestamptz not null default now();

-- A participant's own address (participants.csv's optional email column), for their invitation.
alter table participant add column email text;

-- Who may be invited to act for a host organisation; several people may act for one host.
create table host_contact (
    organisation_code text not null references organisation,
    email             text not null,
    added_at          timestamptz not null default now(),
    added_by          text not null,
    primary key (organisation_code, email)
);

-- One-time links to set a password (an invitation or a reset). Only the SHA-256 of the token is kept.
create table password_link (
    token_hash bytea primary key,
    username   text not null references app_user on delete cascade,
    purpose    text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_link_user on password_link (username, created_at desc);

-- Personal API tokens for scripts, sent as "Authorization: Bearer ..."; only the SHA-256 is kept.
create table api_token (
    id         bigserial primary key,
    username   text not null references app_user on delete cascade,
    name       text not null,
    token_hash bytea not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index api_token_user on api_token (username, id);

-- Failed sign-ins per key (a user name at an address, or an address), read and written in one statement
-- per attempt so concurrent guesses cannot slip past each other; old rows are pruned.
create table login_throttle (
    key             text primary key,
    failures        integer not null,
    next_allowed_at timestamptz not null,
    updated_at      timestamptz not null
);
create index login_throttle_updated on login_throttle (updated_at);

-- Every e-mail Doorstroom writes: kept here always (the coordinator's "Verzonden berichten"), and sent
-- when a mail server is configured.
create table mail_message (
    id         bigserial primary key,
    created_at timestamptz not null default now(),
    recipient  text not null,
    subject    text not null,
    body       text not null,
    status     text not null,
    sent_at    timestamptz,
    error      text
);

create table mail_attachment (
    message_id   bigint not null references mail_message on delete cascade,
    position     integer not null,
    filename     text not null,
    content_type text not null,
    content      bytea not null,
    primary key (message_id, position)
);
