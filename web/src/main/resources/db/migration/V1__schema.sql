-- Doorstroom schema. Names follow the glossary of DESIGN.md.

create table organisation (
    code        text primary key,
    name        text not null,
    layer       text not null,
    sector      text not null,
    town        text not null,
    province    text,
    latitude    double precision not null,
    longitude   double precision not null,
    population  integer
);

create table programme (
    id                   bigserial primary key,
    name                 text not null,
    first_period_start   date not null,
    rotation_months      integer not null check (rotation_months > 0),
    period_count         integer not null check (period_count > 0),
    max_commute_km       integer not null check (max_commute_km >= 0),
    layer_variety_target integer not null check (layer_variety_target >= 0),
    created_at           timestamptz not null default now(),
    version              integer not null default 0
);

-- Per-programme rule weights, as scores like 0hard/0medium/2soft.
create table programme_weight (
    programme_id bigint not null references programme on delete cascade,
    rule         text not null,
    weight       text not null,
    primary key (programme_id, rule)
);

create table compatibility (
    programme_id    bigint not null references programme on delete cascade,
    employer_sector text not null,
    host_sector     text not null,
    compatibility   text not null,
    primary key (programme_id, employer_sector, host_sector)
);

create table period (
    programme_id bigint not null references programme on delete cascade,
    id           text not null,
    idx          integer not null,
    start_date   date not null,
    end_date     date not null,
    primary key (programme_id, id),
    unique (programme_id, idx)
);

create table participant (
    programme_id    bigint not null references programme on delete cascade,
    id              text not null,
    name            text not null,
    kind            text not null,
    employer_code   text not null references organisation,
    salary_scale    integer not null,
    discipline      text not null default '',
    home            text not null,
    home_latitude   double precision,
    home_longitude  double precision,
    first_period    text not null,
    last_period     text not null,
    max_commute_km  integer,
    version         integer not null default 0,
    primary key (programme_id, id)
);

create table participant_unavailable (
    programme_id   bigint not null,
    participant_id text not null,
    period_id      text not null,
    primary key (programme_id, participant_id, period_id),
    foreign key (programme_id, participant_id) references participant on delete cascade
);

create table history_entry (
    id             bigserial primary key,
    programme_id   bigint not null,
    participant_id text not null,
    host_code      text not null references organisation,
    period_label   text not null default '',
    foreign key (programme_id, participant_id) references participant on delete cascade
);

create table wish (
    id             bigserial primary key,
    programme_id   bigint not null,
    participant_id text not null,
    host_code      text not null references organisation,
    period_id      text,
    source         text not null,
    foreign key (programme_id, participant_id) references participant on delete cascade
);

create table known_commute (
    programme_id   bigint not null,
    participant_id text not null,
    host_code      text not null references organisation,
    km             integer not null,
    minutes        integer not null,
    primary key (programme_id, participant_id, host_code),
    foreign key (programme_id, participant_id) references participant on delete cascade
);

create table capacity_declaration (
    id               bigserial primary key,
    programme_id     bigint not null references programme on delete cascade,
    host_code        text not null references organisation,
    period_id        text not null,
    discipline       text not null default '',
    min              integer not null check (min >= 0),
    max              integer not null check (max >= min),
    max_salary_scale integer,
    version          integer not null default 0,
    unique (programme_id, host_code, period_id, discipline),
    foreign key (programme_id, period_id) references period
);

-- The draft plan: one row per participant and planned period.
create table placement (
    programme_id   bigint not null,
    participant_id text not null,
    period_id      text not null,
    host_code      text references organisation,
    pinned         boolean not null default false,
    version        integer not null default 0,
    primary key (programme_id, participant_id, period_id),
    foreign key (programme_id, participant_id) references participant on delete cascade,
    foreign key (programme_id, period_id) references period
);

create table plan_version (
    id           bigserial primary key,
    programme_id bigint not null references programme on delete cascade,
    number       integer not null,
    published_at timestamptz not null default now(),
    published_by text not null,
    score        text not null,
    unique (programme_id, number)
);

create table published_placement (
    plan_version_id bigint not null references plan_version on delete cascade,
    participant_id  text not null,
    period_id       text not null,
    host_code       text references organisation,
    pinned          boolean not null,
    primary key (plan_version_id, participant_id, period_id)
);

-- A solving job is claimed by one instance; another takes over a job whose instance stopped beating.
create table solver_job (
    id            bigserial primary key,
    programme_id  bigint not null references programme on delete cascade,
    status        text not null,
    time_limit_ms bigint not null,
    requested_by  text not null,
    requested_at  timestamptz not null default now(),
    started_at    timestamptz,
    ended_at      timestamptz,
    instance_id   text,
    heartbeat_at  timestamptz,
    best_score    text,
    best_at       timestamptz,
    message       text
);
create index solver_job_programme on solver_job (programme_id, id desc);

create table app_user (
    username          text primary key,
    password_hash     text not null,
    role              text not null,
    organisation_code text references organisation,
    programme_id      bigint references programme on delete cascade,
    participant_id    text,
    enabled           boolean not null default true,
    foreign key (programme_id, participant_id) references participant on delete cascade
);

create table audit_entry (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    username     text not null,
    action       text not null,
    programme_id bigint,
    subject      text not null,
    before_value text,
    after_value  text
);
create index audit_entry_programme on audit_entry (programme_id, id desc);
