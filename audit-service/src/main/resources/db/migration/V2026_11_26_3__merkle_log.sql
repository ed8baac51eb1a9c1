-- The tamper-evident log (R-AUD-2): an RFC 6962 Merkle tree over the stored traces.

-- Leaf i of the log: the RFC 8785 canonical JSON of trace entry trace_entry_id.
create table log_leaf (
    leaf_index     bigint primary key,
    trace_entry_id bigint not null unique references trace_entry (id),
    leaf           bytea  not null
);

-- Hashes of perfect subtrees: (level, node_index) covers leaves [node_index * 2^level, (node_index + 1) * 2^level).
-- Level 0 holds the leaf hashes. A root or proof reads O(log n) of these.
create table merkle_node (
    level      smallint not null,
    node_index bigint   not null,
    hash       bytea    not null,
    primary key (level, node_index)
);

-- Every signed tree head ever issued.
create table tree_head (
    tree_size    bigint      not null,
    timestamp_ms bigint      not null,
    root_hash    bytea       not null,
    signature    bytea       not null,
    key_id       text        not null,
    issued_at    timestamptz not null,
    primary key (timestamp_ms, tree_size)
);
create index tree_head_issued on tree_head (issued_at);

-- The log's size and how far the trace entries have been integrated (one row, the only mutable state).
create table log_state (
    id             smallint primary key check (id = 1),
    tree_size      bigint not null,
    last_trace_id  bigint not null
);
insert into log_state values (1, 0, 0);

-- Gaps in a source's sequence numbers: a missing trace (漏报, R-AUD-3).
create table trace_gap (
    id             bigint generated always as identity primary key,
    source         text        not null,
    first_missing  bigint      not null,
    last_missing   bigint      not null,
    detected_at    timestamptz not null,
    resolved_at    timestamptz,
    unique (source, first_missing, last_missing)
);

-- Append-only below the API too: the log's tables refuse UPDATE, DELETE and TRUNCATE.
create function refuse_log_change() returns trigger language plpgsql as $$
begin
    raise exception 'the trace log is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger trace_entry_append_only before update or delete on trace_entry for each row execute function refuse_log_change();
create trigger trace_entry_no_truncate before truncate on trace_entry for each statement execute function refuse_log_change();
create trigger log_leaf_append_only before update or delete on log_leaf for each row execute function refuse_log_change();
create trigger log_leaf_no_truncate before truncate on log_leaf for each statement execute function refuse_log_change();
create trigger merkle_node_append_only before update or delete on merkle_node for each row execute function refuse_log_change();
create trigger merkle_node_no_truncate before truncate on merkle_node for each statement execute function refuse_log_change();
create trigger tree_head_append_only before update or delete on tree_head for each row execute function refuse_log_change();
create trigger tree_head_no_truncate before truncate on tree_head for each statement execute function refuse_log_change();
