-- The files of the documents behind a trigger (依据文件原件), attached by the applying section while it may still
-- change the request. A file is kept as received; its SHA-256 also goes into the trace, so the log proves which
-- file the request relied on. Files are never changed or deleted once attached.
create table request_document_file (
    id           uuid primary key,
    request_id   uuid        not null references adjustment_request (id),
    file_name    text        not null,
    media_type   text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       text        not null,
    content      bytea       not null,
    attached_by  text        not null,
    attached_at  timestamptz not null
);
create index request_document_file_request on request_document_file (request_id, attached_at);

create function refuse_document_file_change() returns trigger language plpgsql as $$
begin
    raise exception 'an attached document file is kept as received: % refused', tg_op;
end
$$;
create trigger request_document_file_kept before update or delete on request_document_file
    for each row execute function refuse_document_file_change();
