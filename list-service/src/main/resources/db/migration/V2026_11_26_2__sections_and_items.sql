create table section (
    code      text primary key,
    name      text not null,
    head_name text
);

create table list_item (
    code         text primary key,
    list_kind    text not null check (list_kind in ('POWER', 'APPROVAL', 'FEE', 'FUND')),
    name         text not null,
    category     text not null,
    section_code text not null references section (code),
    legal_basis  text,
    status       text not null,
    loaded_at    timestamptz not null,
    loaded_by    text not null
);
create index list_item_list on list_item (list_kind, code);
