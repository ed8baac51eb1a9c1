-- The per-client limits of complaint intake and tracking (R-CMP-5), shared by every instance of the service: a
-- client that a load balancer sends to another instance meets the same count. One row per bucket (a client's
-- submissions, or a client's wrong query codes for one case) holding at most the limit's number of hits, so the
-- table, not the service's memory, carries the clients; a row whose newest hit has left its window is purged.
create table client_limit (
    -- SHA-256 of the bucket's name: the client's address and a case number as typed stay out of the table, and a
    -- very long case number cannot make a key too large for the index
    bucket     bytea       primary key check (octet_length(bucket) = 32),
    kind       text        not null check (kind in ('INTAKE', 'WRONG_CODE')),
    -- the hits within the window, oldest first; never more than the limit
    hits       timestamptz[] not null,
    -- INTAKE: whether the submission counted last was let through (read back by the statement that counted it);
    -- WRONG_CODE rows let nothing through and leave it empty
    admitted   boolean     check ((kind = 'INTAKE') = (admitted is not null)),
    -- when the newest hit leaves its window: from then on the row says nothing and may be purged
    expires_at timestamptz not null
);
create index client_limit_expires on client_limit (expires_at);
