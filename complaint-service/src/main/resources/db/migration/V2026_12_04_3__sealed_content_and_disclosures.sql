-- Issue 13. A case's content often identifies the citizen: it is sealed at rest like the identity (AES-GCM, the
-- key named by content_key_id, the case id as associated data). Rows from before are sealed by the service at
-- start-up (ContentSealing), after which content stays null.
alter table complaint_case add column content_key_id text;
alter table complaint_case add column content_nonce bytea;
alter table complaint_case add column content_sealed bytea;
alter table complaint_case alter column content drop not null;

-- Every disclosure of what is sealed (identity, attachment) with the reason as given. The reason stays here; the
-- trace carries its code and the SHA-256 of its text, so the public log never holds free text (R-AUD-2).
create table case_disclosure (
    id            uuid primary key,
    case_id       uuid        not null references complaint_case (id),
    what          text        not null check (what in ('IDENTITY', 'ATTACHMENT')),
    attachment_id uuid,
    reason_code   text        not null,
    reason        text        not null,
    reason_digest text        not null,
    disclosed_by  text        not null,
    disclosed_at  timestamptz not null
);
create index case_disclosure_case on case_disclosure (case_id, disclosed_at);

create function refuse_disclosure_change() returns trigger language plpgsql as $$
begin
    raise exception 'disclosures are kept as given: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger case_disclosure_append_only before update or delete on case_disclosure for each row execute function refuse_disclosure_change();
