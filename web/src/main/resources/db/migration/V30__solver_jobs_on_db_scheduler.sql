-- Solving jobs run on db-scheduler. Its table, as its documentation gives it for PostgreSQL: one row per
-- job waiting or running; an instance picks a row (select ... for update skip locked), beats its
-- heartbeat while it runs, and any instance revives a row whose heartbeat stopped.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Jobs queued or solving under the hand-made queue have no row in scheduled_tasks, so nobody would run them.
update solver_job set status = 'INTERRUPTED', ended_at = now(),
    message = 'the application was upgraded while solving; the last stored plan is kept'
where status in ('QUEUED', 'SOLVING');

alter table solver_job add constraint solver_job_status
    check (status in ('QUEUED', 'SOLVING', 'COMPLETED', 'STOPPED', 'INTERRUPTED', 'FAILED'));

-- Liveness is the scheduler's heartbeat now. What stays in solver_job is who solves (instance_id and
-- attempt: the run, 1 for the first, one more for each resume), how long the runs solved so far
-- (a resumed run gets the rest of the time limit), when the running run last said so, and how often
-- the job lost its instance.
alter table solver_job drop column heartbeat_at;
alter table solver_job add column attempt integer not null default 0;
alter table solver_job add column solved_ms bigint not null default 0;
alter table solver_job add column progress_at timestamptz;
alter table solver_job add column lost_runs integer not null default 0;

-- Every run of a job: where it solved, from when to when, and how it ended; a resumed job shows two or more.
create table solver_job_run (
    job_id     bigint not null references solver_job on delete cascade,
    attempt    integer not null,
    instance_id text not null,
    started_at timestamptz not null default now(),
    ended_at   timestamptz,
    note       text not null,
    outcome    text,
    primary key (job_id, attempt)
);
