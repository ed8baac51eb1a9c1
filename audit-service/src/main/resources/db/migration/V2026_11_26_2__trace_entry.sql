-- Every trace event of every service, stored once (R-AUD-1, R-AUD-3).
create table trace_entry (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    source        text        not null,
    sequence      bigint      not null,
    type          text        not null,
    subject       text        not null,
    occurred_at   timestamptz not null,
    actor_id      text        not null,
    actor_roles   text,
    actor_section text,
    data_digest   text,
    payload       text        not null,
    received_at   timestamptz not null,
    unique (source, sequence)
);
create index trace_entry_subject on trace_entry (subject, occurred_at);
create index trace_entry_actor on trace_entry (actor_id, occurred_at);
create index trace_entry_type on trace_entry (type, occurred_at);
create index trace_entry_time on trace_entry (occurred_at);

-- Records that could not be stored as traces: kept, never dropped silently.
create table rejected_event (
    id          bigint generated always as identity primary key,
    received_at timestamptz not null,
    reason      text        not null,
    payload     text        not null
);

-- An export of traces by an auditor or the discipline group: itself a traced duty action.
create table trace_export (
    id            uuid primary key,
    requested_by  text        not null,
    requested_at  timestamptz not null,
    subject       text,
    actor         text,
    type          text,
    from_time     timestamptz,
    to_time       timestamptz,
    up_to_entry   bigint      not null,
    entry_count   bigint      not null
);
