-- Issue 19: every instance searches the items in force in its own memory (SearchIndex) and follows the lists'
-- changes by this stamp: each version written gets the catalogue revision it will commit under, taken with that
-- revision's row lock, which the writing transaction then holds until it commits. So any version committed after an
-- instance read revision X carries a stamp above X, and "search_stamp > X" finds every change the instance lacks,
-- whichever instance or tool wrote it.
alter table list_item_version add column search_stamp bigint not null default 0;
create index list_item_version_search_stamp on list_item_version (search_stamp);

create function stamp_list_item_version() returns trigger language plpgsql as $$
declare
    current_revision bigint;
begin
    select revision into current_revision from catalogue_revision where id = 1 for update;
    new.search_stamp := coalesce(current_revision, 0) + 1;
    return new;
end $$;

create trigger list_item_version_stamped before insert or update on list_item_version
    for each row execute function stamp_list_item_version();
