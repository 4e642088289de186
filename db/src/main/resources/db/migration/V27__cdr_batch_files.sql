-- Signed batch files, for a mission node without any connectivity: the node
-- exports its unacknowledged records in a file signed with its Ed25519 key
-- (CAMINO_BATCH_SIGNING_KEY), HQ's administrator imports it through the same
-- ingest as a push. HQ verifies the signature with the node's public key,
-- registered here: HQ holds no secret of the node.
alter table cdr_node add column signing_key varchar(100) unique;
comment on column cdr_node.signing_key is 'The node''s Ed25519 public key (base64 of its X.509 encoding): verifies its batch files.';

-- Whether a batch came by push or in a file (the whole file is logged as one batch).
alter table cdr_batch add column source varchar(8) not null default 'PUSH' check (source in ('PUSH', 'FILE'));
