-- The replica of the working-day calendar (R-ADJ-3) in a service that counts deadlines but does not own the
-- calendar: the owner's revisions (adjustment-service, holiday_notice_revision), numbered as the owner numbered them,
-- stored once whatever the number of deliveries. Same columns as the owner's table, so one query reads both.
create table holiday_notice_revision (
    revision  bigint primary key,
    year      integer     not null,
    document  text        not null,
    notice    text        not null,
    loaded_by text        not null,
    loaded_at timestamptz not null
);
