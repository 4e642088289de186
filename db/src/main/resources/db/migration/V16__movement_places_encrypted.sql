-- Places of departure and destination are free text (a village, a camp, an
-- address), so they are encrypted like every other free text (README, "all
-- free text is encrypted"). Their ciphertexts are bound to the row's uuid,
-- which movements did not have yet; history rows get the uuid of their
-- movement, so that they decrypt too.
--
-- SQL cannot encrypt (the keys never reach the database): the values stay in
-- clear here and are encrypted at the next start-up, before Camino serves a
-- request, by org.camino.rotation.control.ClearTextEncryption, which works
-- through the labels listed in clear_text_column and marks each one done.
alter table movement add column uuid uuid;
update movement set uuid = gen_random_uuid();
alter table movement alter column uuid set not null;
alter table movement add constraint movement_uuid_key unique (uuid);

alter table movement_aud add column uuid uuid;
update movement_aud a set uuid = m.uuid from movement m where m.id = a.id;
-- movements deleted since: one uuid per movement id, shared by all its history rows
update movement_aud a set uuid = d.uuid
  from (select id, gen_random_uuid() as uuid from movement_aud where uuid is null group by id) d
 where a.id = d.id and a.uuid is null;

-- ciphertexts are longer than the values (a 200-character place takes about 360)
alter table movement alter column origin_place type text;
alter table movement alter column destination_place type text;
alter table movement_aud alter column origin_place type text;
alter table movement_aud alter column destination_place type text;

-- Columns that held clear text before they were encrypted, until the start-up
-- step has encrypted every value of them (encrypted_at set). Only these, and
-- only until then, are clear values encrypted: afterwards a clear value in an
-- encrypted column is a damaged value like any other.
create table clear_text_column (
    label         varchar(100) primary key,
    encrypted_at  timestamptz,
    values_encrypted bigint    not null default 0
);
insert into clear_text_column (label) values ('movement.origin_place'), ('movement.destination_place');

-- Integrity incidents: a stored value that failed its integrity check (altered,
-- moved, or under a removed key), one row per damaged value, however often it
-- is read. value_hash is a SHA-256 of the damaged ciphertext (it tells a second
-- alteration of the same field apart), never the value.
create sequence integrity_incident_seq start with 1 increment by 1;
create table integrity_incident (
    id          bigint       primary key default nextval('integrity_incident_seq'),
    reference   varchar(16)  not null unique,
    field       varchar(100) not null,
    table_name  varchar(63)  not null,
    column_name varchar(63)  not null,
    row_uuid    uuid         not null,
    row_id      bigint,
    value_hash  char(64)     not null,
    reason      varchar(32)  not null,
    first_seen  timestamptz  not null,
    last_seen   timestamptz  not null,
    seen_count  bigint       not null default 1,
    unique (field, row_uuid, value_hash)
);
create index integrity_incident_last_seen on integrity_incident (last_seen desc);

insert into role_permission (role_code, permission) values ('ADMINISTRATOR', 'admin:integrity');
