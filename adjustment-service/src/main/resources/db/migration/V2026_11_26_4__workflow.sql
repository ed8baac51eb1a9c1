-- The five stages of Art. 26: the step a request awaits, its due date and the calendar that computed it.
alter table adjustment_request
    add column due_date             date,
    add column due_calendar_version text,
    add column submitted_at         timestamptz,
    add column application_due      date,
    add column applied_late         boolean not null default false;

-- Every transition: who, when, why (R-ADJ-2, Art. 10: 全程留痕).
create table request_transition (
    id               bigint generated always as identity primary key,
    request_id       uuid        not null references adjustment_request (id),
    from_state       text        not null,
    to_state         text        not null,
    action           text        not null,
    actor            text        not null,
    actor_roles      text        not null,
    comment          text,
    meeting_reference text,
    at               timestamptz not null,
    due_date         date,
    calendar_version text
);
create index request_transition_request on request_transition (request_id, id);
