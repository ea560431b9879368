-- At most one queued or solving job per programme, whichever instance asks: the database decides.
create unique index solver_job_one_active on solver_job (programme_id) where status in ('QUEUED', 'SOLVING');

-- A stop asked at one instance reaches the instance that runs the job through its heartbeat.
alter table solver_job add column stop_requested boolean not null default false;

-- SOLVE, or REPLAN (started periods pinned first).
alter table solver_job add column kind text not null default 'SOLVE';
