-- What list-service has published, as its events tell it: enough to find the items a law change touches.
create table item_projection (
    code         text primary key,
    name         text not null,
    section_code text not null,
    legal_basis  text,
    status       text not null,
    updated_at   timestamptz not null
);

-- R-LIST-10 (Art. 25(2), 29): a law amended or repealed, as the legal section registers it.
create table law_change (
    id            uuid primary key,
    law_title     text        not null,
    kind          text        not null check (kind in ('AMENDED', 'REPEALED')),
    effective     date        not null,
    document      text        not null,
    registered_by text        not null,
    registered_at timestamptz not null
);

-- Each published item citing the law owes an adjustment request from its section within 3 working days.
create table adjustment_obligation (
    id               uuid primary key,
    law_change_id    uuid        not null references law_change (id),
    item_code        text        not null,
    section_code     text        not null,
    due_date         date        not null,
    calendar_version text        not null,
    state            text        not null check (state in ('OPEN', 'FULFILLED')),
    request_id       uuid references adjustment_request (id),
    overdue_at       timestamptz,
    unique (law_change_id, item_code)
);
create index adjustment_obligation_open on adjustment_obligation (due_date) where state = 'OPEN';

alter table adjustment_request add column obligation_id uuid references adjustment_obligation (id);
