-- R-CMP-2..4: cases, the submitter's identity apart and encrypted, attachments encrypted, case numbers per kind and year.
create table complaint_case (
    id                  uuid primary key,
    case_no             text        not null unique,
    kind                text        not null,
    subject_kind        text        not null,
    subject_ref         text,
    content             text        not null,
    content_hash        text        not null,
    channel             text        not null,
    anonymous           boolean     not null,
    query_code_hash     text        not null,
    state               text        not null,
    section_code        text,
    received_at         timestamptz not null,
    recorded_by         text,
    accept_due          date        not null,
    accepted_on         date,
    not_accepted_reason text,
    decision_text       text,
    answer_due          date,
    extended_days       integer,
    extension_reason    text,
    answered_on         date,
    public_answer       text,
    closed_on           date,
    feedback_satisfied  boolean,
    feedback_text       text,
    reopened            boolean     not null default false,
    warned_step         text,
    overdue_step        text,
    calendar_version    text,
    revision            bigint      not null default 0
);
create index complaint_case_duplicates on complaint_case (content_hash, received_at);
create index complaint_case_state on complaint_case (state);

create table case_identity (
    case_id    uuid primary key references complaint_case (id),
    key_id     text  not null,
    nonce      bytea not null,
    ciphertext bytea not null
);

create table case_attachment (
    id         uuid primary key,
    case_id    uuid    not null references complaint_case (id),
    media_type text    not null,
    size_bytes integer not null,
    key_id     text    not null,
    nonce      bytea   not null,
    ciphertext bytea   not null
);

create table case_counter (
    prefix text    not null,
    year   integer not null,
    last   integer not null,
    primary key (prefix, year)
);
