-- R-LIST-9 (Art. 18–19): the enforcement officers list-service registers, as its list-events tell it. A complaint
-- about an officer names a certificate number (执法证号) that must exist here. No personal identity number is ever
-- sent or kept; a later event for a certificate never yields to an earlier one (updated_at: the event's time).
create table officer_projection (
    certificate_no   text primary key,
    name             text        not null,
    unit_credit_code text,
    category         text,
    area             text,
    valid_from       date,
    valid_to         date,
    status           text        not null check (status in ('VALID', 'REVOKED', 'SUSPENDED')),
    status_date      date,
    updated_at       timestamptz not null
);
