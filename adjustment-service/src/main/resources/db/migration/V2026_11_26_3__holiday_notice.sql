-- Holiday notices loaded at run time (R-ADJ-3): a new year's notice needs no release. Every load is a new
-- revision; the calendar version names the latest revision it includes (revision 0: the shipped notices only).
create table holiday_notice_revision (
    revision  bigint generated always as identity primary key,
    year      integer     not null,
    document  text        not null,
    notice    text        not null,
    loaded_by text        not null,
    loaded_at timestamptz not null
);
