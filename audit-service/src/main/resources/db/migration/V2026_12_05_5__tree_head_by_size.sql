-- A spot check's seed head is looked up by its exact size (GET /api/v1/log/tree-heads?treeSize=, Art. 21, 29).
create index tree_head_size on tree_head (tree_size);
