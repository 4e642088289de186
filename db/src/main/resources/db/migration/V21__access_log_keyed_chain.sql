-- The access-log chain becomes keyed (issue 17): entries written from now on carry an HMAC under the
-- access-log key (chain_version 2) instead of a plain SHA-256 (chain_version 1). The entries already
-- there keep version 1 and stay checkable; the first version-2 entry is the switch point, and the
-- checker refuses a version-1 entry after a version-2 one. Adding a column with a default rewrites
-- no row, so the append-only trigger is not involved.
alter table access_log add column chain_version smallint not null default 1;
alter table access_log alter column chain_version drop default;
alter table access_log add constraint access_log_chain_version check (chain_version in (1, 2));
