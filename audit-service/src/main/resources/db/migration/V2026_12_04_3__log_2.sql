-- Log 2 (issue 13): the public log holds nothing private. See docs/log-2-migration.md.
--
-- Log 1's leaves were the whole trace event: staff ids, free-text reasons, an auditor's export filter, public
-- and never erasable. Log 1 is closed, not rewritten: its tables are kept, read-only, under the log1_ names, and
-- its heads stay verifiable with the log 1 key. Log 2 starts empty under a new key; integration re-commits every
-- stored trace, in order, as a public leaf (envelope + salted commitments, see log-verifier's PublicLeaf).

alter table log_leaf rename to log1_leaf;
alter index log_leaf_pkey rename to log1_leaf_pkey;
alter index log_leaf_trace_entry_id_key rename to log1_leaf_trace_entry_id_key;
alter table merkle_node rename to log1_merkle_node;
alter index merkle_node_pkey rename to log1_merkle_node_pkey;
alter table tree_head rename to log1_tree_head;
alter index tree_head_pkey rename to log1_tree_head_pkey;
alter index tree_head_issued rename to log1_tree_head_issued;
alter table log_state rename to log1_state;
alter index log_state_pkey rename to log1_state_pkey;
-- log 1 takes no more leaves
create trigger log1_state_frozen before update or delete on log1_state for each row execute function refuse_log_change();

-- Leaf i of log 2 commits trace entry trace_entry_id; the salts open its commitments (auditors only, never public).
create table log_leaf (
    leaf_index     bigint primary key,
    trace_entry_id bigint not null unique references trace_entry (id),
    leaf           bytea  not null,
    actor_salt     bytea  not null check (length(actor_salt) = 32),
    data_salt      bytea  not null check (length(data_salt) = 32)
);

create table merkle_node (
    level      smallint not null,
    node_index bigint   not null,
    hash       bytea    not null,
    primary key (level, node_index)
);

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

create table log_state (
    id             smallint primary key check (id = 1),
    tree_size      bigint not null,
    last_trace_id  bigint not null
);
insert into log_state values (1, 0, 0);

create trigger log_leaf_append_only before update or delete on log_leaf for each row execute function refuse_log_change();
create trigger log_leaf_no_truncate before truncate on log_leaf for each statement execute function refuse_log_change();
create trigger merkle_node_append_only before update or delete on merkle_node for each row execute function refuse_log_change();
create trigger merkle_node_no_truncate before truncate on merkle_node for each statement execute function refuse_log_change();
create trigger tree_head_append_only before update or delete on tree_head for each row execute function refuse_log_change();
create trigger tree_head_no_truncate before truncate on tree_head for each statement execute function refuse_log_change();

-- The item versions a proof bundle is asked for: found by subject among the published-item traces.
create index trace_entry_item_versions on trace_entry (subject, id)
    where type in ('fourlists.list.item.loaded', 'fourlists.list.item.adjusted');
