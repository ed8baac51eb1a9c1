-- R-LIST-11 (Art. 8, 双公示): the bureau's licensing and penalty decisions, each with every version it ever had,
-- the disclosure's deadline (7 working days), its 公示截止期, and the change feed other systems follow.

-- One decision as it stands: what the searches and the scans need, copied from its current version.
create table decision (
    id               uuid primary key,
    kind             text        not null check (kind in ('LICENSING', 'PENALTY')),
    version          integer     not null,
    document_no      text        not null,
    decision_date    date        not null,
    party_name       text        not null,
    party_category   text        not null check (party_category in ('LEGAL_ENTITY', 'NATURAL_PERSON', 'INDIVIDUAL_BUSINESS')),
    party_credit_code text,
    item_code        text        not null,
    state            text        not null check (state in ('RECEIVED', 'PUBLISHED', 'EXPIRED', 'CANCELLED')),
    -- decision_date + 7 working days on the calendar calendar_version (provisional: weekdays only, counted again)
    due_date         date        not null,
    calendar_version text        not null,
    -- 公示截止期: the day the decision leaves public view (DisclosurePeriods); null until computed
    disclosure_end   date,
    received_at      timestamptz not null,
    received_by      text        not null,
    published_at     timestamptz,
    published_by     text,
    -- each claimed once by the scans (update ... where warned_at is null)
    warned_at        timestamptz,
    missed_at        timestamptz,
    expired_at       timestamptz,
    cancelled_at     timestamptz,
    revision         bigint      not null default 0,
    unique (kind, document_no)
);
create index decision_state_due on decision (state, due_date);
create index decision_state_end on decision (state, disclosure_end);
create index decision_kind_date on decision (kind, decision_date);
create index decision_party on decision (party_credit_code);

-- Every version of a decision as received or corrected: who, when and why (a correction keeps the earlier one).
-- Certificate numbers are sealed (AES-GCM, sealed_key_id names the key, the decision id and version the associated
-- data); only their masked forms are readable here.
create table decision_version (
    id                            uuid primary key,
    decision_id                   uuid        not null references decision (id),
    version                       integer     not null,
    recorded_at                   timestamptz not null,
    recorded_by                   text        not null,
    reason                        text,
    -- 行政相对人
    party_name                    text        not null,
    party_category                text        not null,
    party_credit_code             text,
    legal_representative          text,
    legal_representative_id_type  text,
    legal_representative_id_masked text,
    person_id_type                text,
    person_id_masked              text,
    sealed_key_id                 text,
    sealed_nonce                  bytea,
    sealed_numbers                bytea,
    -- the decision
    document_name                 text,
    document_no                   text        not null,
    content                       text        not null,
    decision_date                 date        not null,
    item_code                     text        not null,
    item_version                  integer     not null,
    remarks                       text,
    -- licensing (XK_*)
    licence_category              text,
    certificate_name              text,
    licence_no                    text,
    valid_from                    date,
    valid_to                      date,
    -- penalty (CF_*)
    violation_type                text,
    facts                         text,
    basis                         text,
    penalty_kinds                 text,
    fine_yuan                     numeric(18, 2),
    confiscated_yuan              numeric(18, 2),
    licence_suspended_or_revoked  text,
    valid_until                   date,
    severity                      text,
    unique (decision_id, version)
);

create function refuse_decision_version_change() returns trigger language plpgsql as $$
begin
    raise exception 'decision versions are kept as recorded: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger decision_version_append_only before update or delete on decision_version
    for each row execute function refuse_decision_version_change();

-- The items list-service publishes, version by version, as its list-events tell (ITEM_LOADED, ITEM_ADJUSTED): a
-- decision must rest on a power item published and in force on its decision date. A version's end is the next
-- version's valid_from.
create table item_projection (
    code        text        not null,
    version     integer     not null,
    list        text        not null,
    name        text        not null,
    category    text,
    status      text        not null,
    valid_from  timestamptz not null,
    recorded_at timestamptz not null,
    primary key (code, version)
);

-- The change feed (GET /api/v1/disclosures/changes): what became public, changed or left public view, newest last.
create table disclosure_change (
    cursor      bigserial   primary key,
    decision_id uuid        not null references decision (id),
    kind        text        not null check (kind in ('LICENSING', 'PENALTY')),
    change      text        not null check (change in ('PUBLISHED', 'CORRECTED', 'EXPIRED', 'CANCELLED', 'RESTORED')),
    at          timestamptz not null
);
create index disclosure_change_decision on disclosure_change (decision_id, cursor);

create function refuse_disclosure_change_change() returns trigger language plpgsql as $$
begin
    raise exception 'the change feed is kept as written: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger disclosure_change_append_only before update or delete on disclosure_change
    for each row execute function refuse_disclosure_change_change();

-- Every step taken on a decision, with who and why (received, corrected, published, warned, missed, expired,
-- cancelled, restored): what staff read beside the versions. Kept as written.
create table decision_step (
    id          bigserial   primary key,
    decision_id uuid        not null references decision (id),
    action      text        not null,
    from_state  text,
    to_state    text        not null,
    version     integer     not null,
    reason      text,
    actor       text        not null,
    at          timestamptz not null
);
create index decision_step_decision on decision_step (decision_id, id);

create function refuse_decision_step_change() returns trigger language plpgsql as $$
begin
    raise exception 'decision steps are kept as recorded: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger decision_step_append_only before update or delete on decision_step
    for each row execute function refuse_decision_step_change();
