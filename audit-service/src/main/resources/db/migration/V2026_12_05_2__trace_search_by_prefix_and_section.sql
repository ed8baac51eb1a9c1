-- Trace search by the beginning of a subject (e.g. every case/TS-2026-…) and by the actor's section (R-AUD-4).

-- LIKE 'prefix%' can use a btree index only with pattern operators when the collation is not C.
create index trace_entry_subject_prefix on trace_entry (subject text_pattern_ops);
create index trace_entry_section on trace_entry (actor_section, occurred_at);

-- An export is frozen with its whole filter, so it reads the same later.
alter table trace_export add column subject_prefix text;
alter table trace_export add column section text;
