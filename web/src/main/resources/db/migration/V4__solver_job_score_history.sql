-- Every stored best score of a solving job, for the score-over-time chart on the planning board.
create table solver_job_score (
    job_id bigint not null references solver_job on delete cascade,
    at     timestamptz not null default now(),
    score  text not null
);
create index solver_job_score_job on solver_job_score (job_id, at);
