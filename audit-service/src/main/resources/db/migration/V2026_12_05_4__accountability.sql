-- Accountability records (问责, Art. 29, 31; issue 17): the discipline group holds a section (科室（队）) and, where named, a
-- person to account, on the facts of spot-check findings and cards, with a measure and a decision. Each change is
-- traced (fourlists.audit.accountability.*); a decided or withdrawn record is never changed again (the service's
-- AccountabilityWorkflow, and the check below for a decision).
create table accountability (
    id                uuid primary key,
    state             text        not null check (state in ('RECORDED', 'DECIDED', 'WITHDRAWN')),
    section           text        not null,
    person            text,
    facts             text        not null,
    findings          uuid[]      not null default '{}',
    cards             text[]      not null default '{}',
    basis             text        not null,
    measure           text        not null,
    decision_date     date,
    decision_document text,
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    updated_at        timestamptz not null,
    version           integer     not null default 0,
    -- a decision names its date and its document
    check (state <> 'DECIDED' or (decision_date is not null and decision_document is not null))
);
-- Sections read their own records; the assessment counts decided measures per section and period.
create index accountability_section on accountability (section, recorded_at);
create index accountability_decided on accountability (decision_date) where state = 'DECIDED';
