-- A what-if variant is a programme of its own, copied from a programme's draft: every feature that works on a
-- programme (capacity, moves, pins, solving, explanation) works on it through its own id. It names the programme
-- it belongs to, goes when that programme goes, and is never listed, shown to hosts or participants, or published.
alter table programme
    add column variant_of         bigint references programme on delete cascade,
    add column variant_name       text,
    add column variant_created_by text,
    add constraint programme_variant_named check ((variant_of is null) = (variant_name is null));

-- Two variants of one programme never share a name, whatever its capitals.
create unique index programme_variant_name on programme (variant_of, lower(variant_name)) where variant_of is not null;
