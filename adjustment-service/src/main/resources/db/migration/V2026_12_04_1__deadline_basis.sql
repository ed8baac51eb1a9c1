-- What a due date was counted from (R-ADJ-3): the first day and the number of working days, so that a date counted
-- provisionally (a year whose holiday notice was not loaded yet) is recomputed when the notice arrives.
alter table adjustment_request
    add column due_from         date,
    add column due_working_days integer;
alter table adjustment_obligation
    add column due_from date;
update adjustment_obligation o set due_from = (l.registered_at at time zone 'Asia/Shanghai')::date
    from law_change l where l.id = o.law_change_id;
