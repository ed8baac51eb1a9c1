-- R-LIST-2: the whole item as published (codes, body, basis, flow, duties, ...) as one JSON document per version;
-- the columns beside it are what reads filter on.
alter table list_item add column content jsonb;
alter table list_item add column body_credit_code text;
alter table list_item_version add column content jsonb;
alter table list_item_version add column body_credit_code text;

-- R-LIST-5: Chinese search. Words are not separated by spaces, so the search index holds every character and every
-- pair of adjacent characters (unigrams and bigrams); a query must contain all of its own and is then checked
-- against the text itself.
alter table list_item_version add column search_text text not null default '';
alter table list_item_version add column search_grams text[] not null default '{}';
create index list_item_version_grams on list_item_version using gin (search_grams);
create index list_item_version_current on list_item_version (list_kind, code) where valid_to is null;
create index list_item_version_span on list_item_version (code, valid_from);
create index list_item_version_body on list_item_version (body_credit_code, valid_from);

-- Items loaded before content existed: their content is what their columns said.
update list_item set content = jsonb_build_object('code', code, 'list', list_kind, 'name', name,
    'category', category, 'section', section_code, 'legalBasis', '[]'::jsonb);
update list_item_version set content = jsonb_build_object('code', code, 'list', list_kind, 'name', name,
    'category', category, 'section', section_code, 'legalBasis', '[]'::jsonb),
    search_text = lower(name || ' ' || code || ' ' || coalesce(legal_basis, ''));

-- ETag and Last-Modified of the public reads (R-LIST-5: the portal and other bureaus poll): one counter that every
-- change of the lists moves, in the change's own transaction.
create table catalogue_revision (
    id         integer primary key check (id = 1),
    revision   bigint      not null,
    changed_at timestamptz not null
);
insert into catalogue_revision values (1, 1, now());
