-- R-LIST-10: a law change finds the items citing that very law — by the title and version of each law an item's basis
-- cites — not the items whose basis text merely contains the title. Titles are kept as the law is known: without 《》
-- and without the prefix 中华人民共和国 (CitedLaws); a version as cited (版本或文号), null when the citation gives none.
alter table item_projection add column cited_laws jsonb not null default '[]';

-- Items projected before list-service sent the citations: read from the published text 【level】《title》（version）article.
update item_projection p set cited_laws = coalesce((
        select jsonb_agg(distinct jsonb_build_object(
                   'title', btrim(regexp_replace(btrim(replace(m[1], '《', '')), '^中华人民共和国', '')),
                   'version', nullif(btrim(m[2]), '')))
        from regexp_matches(p.legal_basis, '《([^》]+)》(?:（([^）]*)）)?', 'g') as m), '[]'::jsonb)
    where p.legal_basis is not null;

-- The version the change amends or repeals, as items cite it (被修改或废止的版本); null: the law whatever version is cited.
alter table law_change add column amended_version text;
