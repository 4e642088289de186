-- A key rotation runs on the server that started it. In a cluster (docs/production.md) the other servers
-- must know it is running, to refuse a second start or a restart of it: every chunk moves the run's heartbeat
-- (in the chunk's own transaction), and a run whose heartbeat stopped is interrupted (its server died).
alter table key_rotation_run add column heartbeat_at timestamptz;
update key_rotation_run set heartbeat_at = started_at;
