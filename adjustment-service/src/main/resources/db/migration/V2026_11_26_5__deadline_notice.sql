-- Warnings and overdue flags already raised (R-ADJ-4). The key makes each one exist once, however many
-- instances scan at the same time: the insert that wins emits the event, the others do nothing.
create table deadline_notice (
    request_id  uuid        not null references adjustment_request (id),
    due_date    date        not null,
    kind        text        not null check (kind in ('WARNING', 'OVERDUE')),
    step_state  text        not null,
    raised_at   timestamptz not null,
    primary key (request_id, due_date, kind)
);
create index adjustment_request_due on adjustment_request (due_date) where due_date is not null;
