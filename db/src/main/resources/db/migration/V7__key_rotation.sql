-- Key rotation (org.camino.rotation, docs/key-rotation.md): one row per run
-- of the key-rotation job, and its progress per table. A run is one Jakarta
-- Batch job instance; restarting it after a failure or a stop makes a new
-- execution of the same instance, which carries on where the last one ended.
-- Nothing here holds a key, a ciphertext or a plaintext.

create table key_rotation_run (
    job_instance_id  bigint       primary key,
    execution_id     bigint       not null,   -- the latest execution: a restart replaces it
    started_by       varchar(64)  not null,
    started_at       timestamptz  not null,
    target_key_id    varchar(16)  not null    -- the current key when the run started
);

-- Written in the same transaction as the rows a chunk re-encrypts, so that
-- last_key is exactly where a restarted run resumes and no row is counted twice.
create table key_rotation_progress (
    job_instance_id     bigint        not null,
    table_name          varchar(128)  not null,
    ordinal             integer       not null,   -- tables are done in this order
    rows_total          bigint        not null,   -- rows up to upper_key when the run started
    upper_key           text[],                   -- primary key of the last of those rows; null: the table was empty
    last_key            text[],                   -- primary key of the last row done; null: none yet
    rows_done           bigint        not null default 0,
    values_rotated      bigint        not null default 0,
    indexes_recomputed  bigint        not null default 0,
    values_unreadable   bigint        not null default 0,
    primary key (job_instance_id, table_name)
);
