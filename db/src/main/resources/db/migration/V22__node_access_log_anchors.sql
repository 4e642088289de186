-- HQ keeps the access-log anchors its mission nodes send with their pushes (issue 17): the hash of the
-- node's access-log entry `seq` as it was when sent. A node that later shows HQ another hash for an
-- entry HQ holds an anchor of has had its log rewritten; HQ records that as a conflict.
create table cdr_node_anchor (
    node_id      bigint       not null references cdr_node (id),
    seq          bigint       not null,
    head         char(64)     not null,
    received_at  timestamptz  not null default now(),
    primary key (node_id, seq)
);

create sequence cdr_anchor_conflict_seq;
create table cdr_anchor_conflict (
    id           bigint       primary key default nextval('cdr_anchor_conflict_seq'),
    node_id      bigint       not null references cdr_node (id),
    seq          bigint       not null,
    held_head    char(64)     not null,
    shown_head   char(64),    -- null: the node no longer has that entry
    detected_at  timestamptz  not null default now()
);
create index cdr_anchor_conflict_node on cdr_anchor_conflict (node_id, detected_at);
