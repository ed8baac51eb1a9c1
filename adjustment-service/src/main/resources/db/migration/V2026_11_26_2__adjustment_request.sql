create table adjustment_request (
    id               uuid primary key,
    trigger_kind     text        not null,
    trigger_date     date        not null,
    change_kind      text        not null check (change_kind in ('ADD', 'MODIFY', 'REPEAL')),
    target_item_code text,
    summary          text        not null,
    section_code     text        not null,
    applicant        text        not null,
    state            text        not null,
    created_at       timestamptz not null
);
create index adjustment_request_section on adjustment_request (section_code, created_at);
