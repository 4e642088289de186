-- Central data repository, mission side: the transactional outbox of
-- statistical records (written in the transaction of the case change that
-- produced them) and the state of the push to HQ.
--
-- A record's version is its outbox sequence number, so a later change of the
-- same record always carries a higher version. Payloads are the JSON of
-- org.camino.platform.statistics.StatisticalRecord: pseudonyms and codes only.

create sequence cdr_outbox_seq start with 1 increment by 1;

create table cdr_outbox (
    seq         bigint       primary key,
    mission     varchar(16)  not null,
    record_id   char(32)     not null,
    payload     text         not null,
    created_at  timestamptz  not null default now(),
    sent_at     timestamptz,
    batch_id    uuid
);
comment on table cdr_outbox is 'Statistical records waiting for (or acknowledged by) HQ; seq is the record version.';

create index cdr_outbox_unsent on cdr_outbox (seq) where sent_at is null;
create index cdr_outbox_mission_unsent on cdr_outbox (mission) where sent_at is null;

-- One row: the push schedule of this node. Claimed with SELECT ... FOR UPDATE
-- SKIP LOCKED, so that with several servers one pushes at a time.
create table cdr_push_state (
    id               int          primary key check (id = 1),
    next_attempt_at  timestamptz  not null default now(),
    failures         int          not null default 0,
    claimed_until    timestamptz,
    last_success_at  timestamptz,
    last_error       varchar(2000),
    last_error_at    timestamptz
);
insert into cdr_push_state (id) values (1);

-- Every push attempt and its outcome, for the outbox page.
create sequence cdr_push_attempt_seq start with 1 increment by 50;
create table cdr_push_attempt (
    id          bigint       primary key,
    batch_id    uuid         not null,
    at          timestamptz  not null default now(),
    records     int          not null,
    outcome     varchar(16)  not null check (outcome in ('ACCEPTED', 'REJECTED', 'REFUSED', 'FAILED')),
    detail      varchar(2000)
);
create index cdr_push_attempt_at on cdr_push_attempt (at desc);

-- Who may see the outbox and send now: mission managers for their mission, administrators for all.
insert into role_permission (role_code, permission) values
 ('MISSION_MANAGER', 'outbox:read,send:{mission}'),
 ('ADMINISTRATOR',   'outbox:read,send'),
 ('ADMINISTRATOR',   'admin:nodes');
