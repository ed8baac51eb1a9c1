-- R-LIST-8 (Art. 17–18): the register of enforcement bodies (执法主体) and entrustments (行政执法委托).
-- A body is kept like an item: the record in force, and one immutable version per change with its validity period,
-- so that asOf answers what was registered and published on a day. The application role's privileges come from
-- the kernel's afterMigrate.
create table enforcement_body (
    credit_code          text primary key check (length(credit_code) = 18),
    name                 text        not null,
    kind                 text        not null check (kind in ('STATUTORY', 'AUTHORIZED', 'ENTRUSTED')),
    enforcement_category text        not null,
    legal_basis          text        not null,
    confirmation_no      text,
    confirmation_date    date,
    -- Art. 17: only a confirmed body is published
    published            boolean     not null default false
        check (not published or (confirmation_no is not null and confirmation_date is not null)),
    version              integer     not null,
    registered_at        timestamptz not null,
    registered_by        text        not null
);

create table enforcement_body_version (
    credit_code          text        not null references enforcement_body (credit_code),
    version              integer     not null,
    name                 text        not null,
    kind                 text        not null,
    enforcement_category text        not null,
    legal_basis          text        not null,
    confirmation_no      text,
    confirmation_date    date,
    published            boolean     not null,
    valid_from           timestamptz not null,
    valid_to             timestamptz,
    reason               text,
    recorded_by          text        not null,
    primary key (credit_code, version),
    check (valid_to is null or valid_to >= valid_from),
    check (not published or (confirmation_no is not null and confirmation_date is not null))
);
create index enforcement_body_version_current on enforcement_body_version (credit_code) where valid_to is null;
create index enforcement_body_version_span on enforcement_body_version (credit_code, valid_from);

-- Art. 18: an entrustment gives some items of the entrusting body to an entrusted organisation, for a term, by a
-- document; a revocation ends it from its date.
create table entrustment (
    id                     uuid primary key,
    entrusted_credit_code  text        not null references enforcement_body (credit_code),
    entrusting_credit_code text        not null references enforcement_body (credit_code),
    item_codes             text[]      not null check (cardinality(item_codes) > 0),
    valid_from             date        not null,
    valid_to               date        not null,
    document_no            text        not null,
    document_date          date        not null,
    registered_at          timestamptz not null,
    registered_by          text        not null,
    revoked_on             date,
    revoked_reason         text,
    revoked_at             timestamptz,
    revoked_by             text,
    check (valid_to >= valid_from),
    check (entrusted_credit_code <> entrusting_credit_code),
    check ((revoked_on is null) = (revoked_at is null))
);
create index entrustment_entrusted on entrustment (entrusted_credit_code);
