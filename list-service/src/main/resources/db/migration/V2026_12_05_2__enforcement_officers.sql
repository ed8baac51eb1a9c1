-- R-LIST-9 (Art. 19): the register of enforcement officers (执法人员) and their certificates (执法证).
-- No column for a personal identity number: the register is published and never holds one.
-- The unit is a registered enforcement body; the service checks it against the body register (V2026_12_05_1)
-- when a record is written. The application role's privileges come from the kernel's afterMigrate.
create table enforcement_officer (
    certificate_no    text primary key,
    name              text        not null,
    unit_credit_code  text        not null check (length(unit_credit_code) = 18),
    category          text        not null,
    area              text        not null,
    issuing_authority text        not null,
    valid_from        date        not null,
    valid_to          date        not null,
    version           integer     not null,
    registered_at     timestamptz not null,
    registered_by     text        not null,
    check (valid_to >= valid_from)
);
create index enforcement_officer_unit on enforcement_officer (unit_credit_code);
create index enforcement_officer_valid_to on enforcement_officer (valid_to);

-- What the register said from one change to the next: a check for a past day reads the record then in force.
create table enforcement_officer_version (
    certificate_no    text        not null references enforcement_officer (certificate_no),
    version           integer     not null,
    name              text        not null,
    unit_credit_code  text        not null,
    category          text        not null,
    area              text        not null,
    issuing_authority text        not null,
    valid_from        date        not null,
    valid_to          date        not null,
    recorded_from     timestamptz not null,
    recorded_to       timestamptz,
    recorded_by       text        not null,
    reason            text,
    primary key (certificate_no, version),
    check (valid_to >= valid_from),
    check (recorded_to is null or recorded_to >= recorded_from)
);
create index enforcement_officer_version_current on enforcement_officer_version (certificate_no) where recorded_to is null;

-- Each status change (有效 / 注销 / 暂扣) with the day it holds from and its reason, kept as recorded: the status on
-- a day is the latest change dated on or before it (the later recorded, for the same date).
create table enforcement_officer_status (
    id             bigint generated always as identity primary key,
    certificate_no text        not null references enforcement_officer (certificate_no),
    status         text        not null check (status in ('VALID', 'REVOKED', 'SUSPENDED')),
    status_date    date        not null,
    reason         text,
    recorded_at    timestamptz not null,
    recorded_by    text        not null
);
create index enforcement_officer_status_history on enforcement_officer_status (certificate_no, status_date, id);

create function refuse_officer_status_change() returns trigger language plpgsql as $$
begin
    raise exception 'status changes of certificates are kept as recorded: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger enforcement_officer_status_append_only before update or delete on enforcement_officer_status
    for each row execute function refuse_officer_status_change();

-- Expiry warnings (30 and 7 days before valid_to, threshold 0 = lapsed) are claimed here before they are traced:
-- with several instances scanning, the first insert wins and each warning is traced once. A renewed certificate
-- has a new valid_to and is warned again.
create table certificate_expiry_claim (
    certificate_no text        not null,
    threshold      integer     not null check (threshold >= 0),
    valid_to       date        not null,
    claimed_at     timestamptz not null,
    primary key (certificate_no, threshold, valid_to)
);
