-- Central data repository, HQ side: the nodes HQ issued credentials to, the
-- batches received (rejected ones too, with their error) and the store of
-- statistical records, partitioned by event month so that it can grow to
-- hundreds of millions of rows: each month is its own table (created ahead by
-- repository.control.HqPartitions), aggregates by mission, type and month read the months they
-- need, and a month can be detached or archived on its own.

create sequence cdr_node_seq start with 1 increment by 1;
create table cdr_node (
    id               bigint        primary key,
    name             varchar(100)  not null unique,
    -- mission codes the node may send records of; '*' only for the loopback node of a `both` server
    missions         varchar(16)[] not null,
    credential_hash  char(64)      not null unique,
    created_at       timestamptz   not null default now(),
    created_by       varchar(64)   not null,
    revoked_at       timestamptz
);
comment on column cdr_node.credential_hash is 'SHA-256 of the node credential; the credential itself is shown once, at issue.';

create sequence cdr_batch_seq start with 1 increment by 50;
create table cdr_batch (
    id           bigint        primary key,
    batch_id     varchar(64),
    node_id      bigint        references cdr_node(id),
    missions     varchar(16)[] not null default '{}',
    received_at  timestamptz   not null default now(),
    outcome      varchar(16)   not null check (outcome in ('ACCEPTED', 'REJECTED', 'REFUSED')),
    records      int           not null default 0,
    applied      int           not null default 0,
    ignored      int           not null default 0,
    latest_record_at timestamptz,
    error        varchar(2000)
);
create index cdr_batch_received on cdr_batch (received_at desc);

-- The current version of every record HQ holds (and of removed ones: a
-- tombstone keeps its case's records out for good).
create table cdr_record_key (
    record_id      char(32)     primary key,
    mission        varchar(16)  not null,
    version        bigint       not null,
    event_month    date         not null,
    case_pseudonym char(32)     not null
);
create index cdr_record_key_case on cdr_record_key (case_pseudonym);

create table cdr_tombstone (
    case_pseudonym char(32)     primary key,
    mission        varchar(16)  not null,
    version        bigint       not null,
    received_at    timestamptz  not null default now()
);

create table cdr_record (
    record_id           char(32)     not null,
    version             bigint       not null,
    mission             varchar(16)  not null,
    case_type           varchar(8)   not null,
    event_type          varchar(32)  not null,
    event_month         date         not null,
    case_pseudonym      char(32)     not null,
    person_pseudonym    char(32),
    sex                 varchar(16),
    age_band            varchar(16),
    nationality         varchar(8),
    origin_country      varchar(8),
    destination_country varchar(8),
    status              varchar(32),
    reason              varchar(64),
    programme_code      varchar(64),
    household_size_band varchar(8),
    received_at         timestamptz  not null default now(),
    primary key (record_id, event_month)
) partition by range (event_month);
comment on table cdr_record is 'Statistical records at HQ: pseudonyms and codes only; one partition per event month.';

-- the aggregates: by mission, case type, event type and month
create index cdr_record_aggregate on cdr_record (mission, case_type, event_type, event_month);
create index cdr_record_case on cdr_record (case_pseudonym);
