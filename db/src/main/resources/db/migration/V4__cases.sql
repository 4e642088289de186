-- The common case core: people, households, cases, movements, notes, document
-- records, workflow steps and approvals, and their Envers history (*_aud).
--
-- Encrypted columns (text) hold FieldCipher ciphertexts, never plaintext:
-- names, date of birth, document numbers, contact details, addresses and all
-- free text. Coded statistical variables stay in clear for reporting. The
-- *_index and duplicate_key columns are blind indexes (keyed HMAC), so exact
-- search needs no decryption. Every encrypted row carries a uuid: the
-- ciphertext is bound to it, so a value copied to another row fails to decrypt.

create sequence person_seq start with 1 increment by 50;
create sequence household_seq start with 1 increment by 50;
create sequence household_member_seq start with 1 increment by 50;
create sequence case_file_seq start with 1 increment by 50;
create sequence movement_seq start with 1 increment by 50;
create sequence case_note_seq start with 1 increment by 50;
create sequence case_document_seq start with 1 increment by 50;
create sequence case_status_change_seq start with 1 increment by 50;
create sequence approval_request_seq start with 1 increment by 50;
create sequence revinfo_seq start with 1 increment by 50;

create table person (
    id                    bigint      primary key,
    uuid                  uuid        not null unique,
    mission_id            bigint      not null references mission(id),
    given_name            text        not null,
    family_name           text,
    date_of_birth         text,
    birth_year            integer     check (birth_year between 1850 and 2200),
    birth_date_estimated  boolean     not null default false,
    sex                   varchar(16),
    nationality           varchar(3),
    document_type         varchar(32),
    document_number       text,
    document_country      varchar(3),
    phone                 text,
    email                 text,
    address               text,
    vulnerabilities       text[]      not null default '{}',
    name_index            varchar(64),
    family_name_index     varchar(64),
    document_index        varchar(64),
    phone_index           varchar(64),
    duplicate_key         varchar(64),
    version               bigint      not null default 0
);
create index person_name_index on person (name_index);
create index person_family_name_index on person (family_name_index);
create index person_document_index on person (document_index);
create index person_phone_index on person (phone_index);
create index person_duplicate_key on person (duplicate_key);

create table household (
    id          bigint  primary key,
    mission_id  bigint  not null references mission(id),
    version     bigint  not null default 0
);

create table household_member (
    id            bigint      primary key,
    household_id  bigint      not null references household(id),
    person_id     bigint      not null references person(id),
    relationship  varchar(32) not null,
    principal     boolean     not null default false
);
create index household_member_household on household_member (household_id);
create index household_member_person on household_member (person_id);
create unique index household_one_principal on household_member (household_id) where principal;

create table case_file (
    id                    bigint      primary key,
    uuid                  uuid        not null unique,
    number                varchar(40) not null unique,
    mission_id            bigint      not null references mission(id),
    case_type             varchar(3)  not null check (case_type in ('RST', 'AVR', 'MHA', 'CTA')),
    status                varchar(32) not null,
    pending_status        varchar(32),
    household_id          bigint      not null references household(id),
    principal_id          bigint      not null references person(id),
    assigned_to           bigint      references app_user(id),
    opened_on             date        not null,
    closed_on             date        check (closed_on is null or closed_on >= opened_on),
    closure_reason        varchar(32),
    closure_note          text,
    consent_purpose       varchar(32),
    consent_date          date,
    consent_withdrawn_on  date,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    updated_by            varchar(64),
    version               bigint      not null default 0
);
-- case lists: scope (type, mission) then the common sorts
create index case_file_scope_opened on case_file (case_type, mission_id, opened_on desc, id desc);
create index case_file_opened on case_file (opened_on desc, id desc);
create index case_file_status on case_file (status);
create index case_file_household on case_file (household_id);
create index case_file_principal on case_file (principal_id);

-- One counter per mission, case type and year: case numbers KEN-AVR-2026-000123
create table case_counter (
    mission_id  bigint     not null references mission(id),
    case_type   varchar(3) not null,
    year        integer    not null,
    last_seq    bigint     not null,
    primary key (mission_id, case_type, year)
);

create table movement (
    id                   bigint       primary key,
    case_id              bigint       not null references case_file(id),
    origin_country       varchar(3)   not null,
    origin_place         varchar(200),
    transit_country      varchar(3),
    destination_country  varchar(3)   not null,
    destination_place    varchar(200),
    planned_departure    date,
    actual_departure     date,
    planned_arrival      date         check (planned_arrival is null or planned_departure is null or planned_arrival >= planned_departure),
    actual_arrival       date         check (actual_arrival is null or actual_departure is null or actual_arrival >= actual_departure),
    transport_means      varchar(16),
    escort               varchar(16),
    status               varchar(16)  not null,
    version              bigint       not null default 0
);
create index movement_case on movement (case_id);
create index movement_planned_departure on movement (planned_departure);

create table case_note (
    id          bigint      primary key,
    uuid        uuid        not null unique,
    case_id     bigint      not null references case_file(id),
    author      varchar(64) not null,
    created_at  timestamptz not null,
    text        text        not null
);
create index case_note_case on case_note (case_id);

create table case_document (
    id           bigint      primary key,
    uuid         uuid        not null unique,
    case_id      bigint      not null references case_file(id),
    kind         varchar(32) not null,
    title        text        not null,
    received_on  date
);
create index case_document_case on case_document (case_id);

create table case_status_change (
    id           bigint      primary key,
    uuid         uuid        not null unique,
    case_id      bigint      not null references case_file(id),
    from_status  varchar(32),
    to_status    varchar(32) not null,
    changed_at   timestamptz not null,
    changed_by   varchar(64) not null,
    reason       text,
    approved_by  varchar(64)
);
create index case_status_change_case on case_status_change (case_id);

create table approval_request (
    id             bigint      primary key,
    uuid           uuid        not null unique,
    case_id        bigint      not null references case_file(id),
    from_status    varchar(32) not null,
    to_status      varchar(32) not null,
    requested_by   varchar(64) not null,
    requested_at   timestamptz not null,
    reason         text,
    decision       varchar(16) not null check (decision in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by     varchar(64),
    decided_at     timestamptz,
    decision_note  text,
    version        bigint      not null default 0
);
create index approval_request_pending on approval_request (requested_at) where decision = 'PENDING';
create index approval_request_case on approval_request (case_id);

-- Envers: one revision per transaction, stamped with the user
create table revinfo (
    id        bigint      primary key,
    revtstmp  bigint      not null,
    username  varchar(64) not null
);

create table person_aud (
    rev                   bigint     not null references revinfo(id),
    revtype               smallint,
    id                    bigint     not null,
    uuid                  uuid,
    mission_id            bigint,
    given_name            text,
    family_name           text,
    date_of_birth         text,
    birth_year            integer,
    birth_date_estimated  boolean,
    sex                   varchar(16),
    nationality           varchar(3),
    document_type         varchar(32),
    document_number       text,
    document_country      varchar(3),
    phone                 text,
    email                 text,
    address               text,
    vulnerabilities       text[],
    name_index            varchar(64),
    family_name_index     varchar(64),
    document_index        varchar(64),
    phone_index           varchar(64),
    duplicate_key         varchar(64),
    primary key (rev, id)
);

create table household_aud (
    rev         bigint   not null references revinfo(id),
    revtype     smallint,
    id          bigint   not null,
    mission_id  bigint,
    primary key (rev, id)
);

create table household_member_aud (
    rev           bigint      not null references revinfo(id),
    revtype       smallint,
    id            bigint      not null,
    household_id  bigint,
    person_id     bigint,
    relationship  varchar(32),
    principal     boolean,
    primary key (rev, id)
);

create table case_file_aud (
    rev                   bigint      not null references revinfo(id),
    revtype               smallint,
    id                    bigint      not null,
    uuid                  uuid,
    number                varchar(40),
    mission_id            bigint,
    case_type             varchar(3),
    status                varchar(32),
    pending_status        varchar(32),
    household_id          bigint,
    principal_id          bigint,
    assigned_to           bigint,
    opened_on             date,
    closed_on             date,
    closure_reason        varchar(32),
    closure_note          text,
    consent_purpose       varchar(32),
    consent_date          date,
    consent_withdrawn_on  date,
    created_at            timestamptz,
    updated_at            timestamptz,
    updated_by            varchar(64),
    primary key (rev, id)
);
create index case_file_aud_id on case_file_aud (id);

create table movement_aud (
    rev                  bigint       not null references revinfo(id),
    revtype              smallint,
    id                   bigint       not null,
    case_id              bigint,
    origin_country       varchar(3),
    origin_place         varchar(200),
    transit_country      varchar(3),
    destination_country  varchar(3),
    destination_place    varchar(200),
    planned_departure    date,
    actual_departure     date,
    planned_arrival      date,
    actual_arrival       date,
    transport_means      varchar(16),
    escort               varchar(16),
    status               varchar(16),
    primary key (rev, id)
);

create table case_note_aud (
    rev         bigint      not null references revinfo(id),
    revtype     smallint,
    id          bigint      not null,
    uuid        uuid,
    case_id     bigint,
    author      varchar(64),
    created_at  timestamptz,
    text        text,
    primary key (rev, id)
);

create table case_document_aud (
    rev          bigint      not null references revinfo(id),
    revtype      smallint,
    id           bigint      not null,
    uuid         uuid,
    case_id      bigint,
    kind         varchar(32),
    title        text,
    received_on  date,
    primary key (rev, id)
);
