-- Deleting a programme cascades to its periods, but placements and capacity declarations pointed at a
-- period without a cascade, so no programme with a draft plan or any capacity could be deleted.
alter table placement drop constraint placement_programme_id_period_id_fkey,
    add constraint placement_programme_id_period_id_fkey foreign key (programme_id, period_id)
        references period on delete cascade;
alter table capacity_declaration drop constraint capacity_declaration_programme_id_period_id_fkey,
    add constraint capacity_declaration_programme_id_period_id_fkey foreign key (programme_id, period_id)
        references period on delete cascade;
