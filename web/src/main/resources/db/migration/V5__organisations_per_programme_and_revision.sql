-- A programme's own organisations (its organisations.csv: a pool employer, a corrected name or location) belong
-- to that programme alone; the organisation table keeps the reference and organisations added through the API.
create table programme_organisation (
    programme_id bigint not null references programme on delete cascade,
    code         text not null,
    name         text not null,
    layer        text not null,
    sector       text not null,
    town         text not null,
    province     text,
    latitude     double precision not null,
    longitude    double precision not null,
    population   integer,
    primary key (programme_id, code)
);

-- The organisations one programme knows: its own, and the shared ones it does not replace. Codes match without
-- case, as the programme's records are read.
create view programme_organisations as
select po.programme_id, po.code, po.name, po.layer, po.sector, po.town, po.province, po.latitude, po.longitude,
       po.population
from programme_organisation po
union all
select p.id, o.code, o.name, o.layer, o.sector, o.town, o.province, o.latitude, o.longitude, o.population
from programme p cross join organisation o
where not exists (select 1 from programme_organisation po
                  where po.programme_id = p.id and upper(po.code) = upper(o.code));

-- A programme's records may name its own organisations, which the shared table does not hold; the programme's
-- rules check every code when the records are read.
alter table participant drop constraint participant_employer_code_fkey;
alter table history_entry drop constraint history_entry_host_code_fkey;
alter table wish drop constraint wish_host_code_fkey;
alter table known_commute drop constraint known_commute_host_code_fkey;
alter table capacity_declaration drop constraint capacity_declaration_host_code_fkey;
alter table placement drop constraint placement_host_code_fkey;
alter table published_placement drop constraint published_placement_host_code_fkey;

-- Every change to a programme bumps its revision, so an instance that keeps a programme's working plan in
-- memory knows when it is stale.
alter table programme add column revision bigint not null default 0;
