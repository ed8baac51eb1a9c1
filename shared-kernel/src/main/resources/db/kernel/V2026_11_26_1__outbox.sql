-- Transactional outbox (shared kernel): trace events are written here in the transaction of the change
-- they record, then published by the relay. See OutboxEntry.
create table outbox_entry (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    type          text        not null,
    subject       text        not null,
    occurred_at   timestamptz not null,
    actor_id      text        not null,
    actor_roles   text        not null,
    actor_section text,
    data          text        not null,
    sequence      bigint unique,
    payload       text,
    sent_at       timestamptz
);
create index outbox_entry_unnumbered on outbox_entry (id) where sequence is null;
create index outbox_entry_unsent on outbox_entry (sequence) where sent_at is null;

-- The last sequence number handed out per source; locked while numbering so numbers are gapless.
create table outbox_sequence (
    source        text primary key,
    last_sequence bigint not null
);
