-- R-LIST-3: every change makes an immutable version with its validity period and the adjustment behind it.
create table list_item_version (
    code         text        not null,
    version      integer     not null,
    list_kind    text        not null,
    name         text        not null,
    category     text        not null,
    section_code text        not null,
    legal_basis  text,
    status       text        not null,
    valid_from   timestamptz not null,
    valid_to     timestamptz,
    request_id   uuid,
    primary key (code, version)
);

-- Items loaded before versions existed get their first version.
insert into list_item_version (code, version, list_kind, name, category, section_code, legal_basis, status, valid_from)
select code, 1, list_kind, name, category, section_code, legal_basis, status, loaded_at from list_item;

-- R-LIST-4: each published adjustment is applied once, however often its event is delivered.
create table applied_adjustment (
    request_id uuid primary key,
    event_id   uuid        not null,
    applied_at timestamptz not null,
    outcome    text        not null
);
