-- The programme-area parts of cases: resettlement, assisted voluntary return
-- and reintegration (AVRR), migration health assessment and counter-trafficking
-- (HTCDS v2.0), with their Envers history (*_aud).
--
-- The one-per-case details share the case's id (case_id is their primary key);
-- the items (stages, assistance, visits, events, support plan, referrals) hang
-- off the case by case_id. Codes come from the V3 lists and stay in clear;
-- several codes of one variable are a text[]. Encrypted columns (text) hold
-- FieldCipher ciphertexts bound to the row's uuid, never plaintext: the
-- physician's name, clinical and referral notes, the trafficking narrative,
-- event descriptions, referral notes and monitoring notes.

create sequence resettlement_stage_seq start with 1 increment by 50;
create sequence reintegration_assistance_seq start with 1 increment by 50;
create sequence monitoring_visit_seq start with 1 increment by 50;
create sequence trafficking_event_seq start with 1 increment by 50;
create sequence support_plan_item_seq start with 1 increment by 50;
create sequence trafficking_referral_seq start with 1 increment by 50;

------------------------------------------------------------------------------
-- Resettlement
------------------------------------------------------------------------------

create table resettlement_details (
    case_id               bigint      primary key references case_file(id),
    resettlement_country  varchar(3),
    referral_source       varchar(64),
    version               bigint      not null default 0
);

-- one row per stage reached
create table resettlement_stage (
    id          bigint      primary key,
    case_id     bigint      not null references case_file(id),
    stage       varchar(64) not null,
    reached_on  date        not null,
    version     bigint      not null default 0,
    unique (case_id, stage)
);

------------------------------------------------------------------------------
-- AVRR
------------------------------------------------------------------------------

create table return_details (
    case_id           bigint       primary key references case_file(id),
    host_country      varchar(3),
    origin_country    varchar(3),
    origin_region     varchar(100),
    programme         varchar(64),
    migrant_category  varchar(64),
    return_reasons    text[]       not null default '{}',
    months_in_host    integer      check (months_in_host between 0 and 1200),
    vulnerabilities   text[]       not null default '{}',
    version           bigint       not null default 0
);

create table reintegration_assistance (
    id                bigint        primary key,
    case_id           bigint        not null references case_file(id),
    assistance_type   varchar(64)   not null,
    assistance_level  varchar(64),
    planned_on        date,
    delivered_on      date,
    amount            numeric(12,2) check (amount >= 0),
    currency          varchar(3)    check (currency ~ '^[A-Z]{3}$'),
    version           bigint        not null default 0,
    check ((amount is null) = (currency is null))
);
create index reintegration_assistance_case on reintegration_assistance (case_id);

-- one visit of each kind (3, 6, 12 months) per case; scores 0..1, overall = their mean
create table monitoring_visit (
    id                  bigint       primary key,
    uuid                uuid         not null unique,
    case_id             bigint       not null references case_file(id),
    visit               varchar(64)  not null,
    visited_on          date         not null,
    economic_score      numeric(4,3) not null check (economic_score between 0 and 1),
    social_score        numeric(4,3) not null check (social_score between 0 and 1),
    psychosocial_score  numeric(4,3) not null check (psychosocial_score between 0 and 1),
    overall_score       numeric(4,3) not null check (overall_score between 0 and 1),
    notes               text,
    unique (case_id, visit)
);

------------------------------------------------------------------------------
-- Migration health assessment
------------------------------------------------------------------------------

create table health_assessment (
    case_id                 bigint      primary key references case_file(id),
    uuid                    uuid        not null unique,
    receiving_country       varchar(3),
    assessed_on             date,
    outcome                 varchar(64),
    referred_for_treatment  boolean     not null default false,
    -- clinical detail: read only with clinical:read, changed only with clinical:update
    physician               text,
    findings                text[]      not null default '{}',
    tb_class                varchar(64),
    vaccinations            text[]      not null default '{}',
    outcome_detail          varchar(64) check (outcome_detail is null or outcome is not null),
    referral_note           text,
    clinical_notes          text,
    version                 bigint      not null default 0
);

------------------------------------------------------------------------------
-- Counter-trafficking (HTCDS v2.0)
------------------------------------------------------------------------------

create table trafficking_details (
    case_id                     bigint      primary key references case_file(id),
    uuid                        uuid        not null unique,
    trafficking_status          varchar(64),
    status_decided_by           varchar(64),
    exploitation_types          text[]      not null default '{}',
    forced_labour_industry      varchar(64),
    sex_exploitation_types      text[]      not null default '{}',
    control_methods             text[]      not null default '{}',
    recruitment_methods         text[]      not null default '{}',
    relationship_to_trafficker  varchar(64),
    narrative                   text,
    version                     bigint      not null default 0,
    -- HTCDS: the industry only for forced labour, the kind of sexual exploitation only for sexual exploitation
    check (forced_labour_industry is null or 'ForcedLabour' = any (exploitation_types)),
    check (cardinality(sex_exploitation_types) = 0 or 'SexualExploitation' = any (exploitation_types))
);

create table trafficking_event (
    id           bigint      primary key,
    uuid         uuid        not null unique,
    case_id      bigint      not null references case_file(id),
    event_type   varchar(64) not null,
    country      varchar(3),
    start_date   date,
    end_date     date        check (end_date is null or start_date is null or end_date >= start_date),
    description  text
);
create index trafficking_event_case on trafficking_event (case_id);

create table support_plan_item (
    id                bigint      primary key,
    case_id           bigint      not null references case_file(id),
    plan_type         varchar(64) not null,
    planned_end_date  date,
    actual_end_date   date,
    version           bigint      not null default 0
);
create index support_plan_item_case on support_plan_item (case_id);

create table trafficking_referral (
    id                 bigint      primary key,
    uuid               uuid        not null unique,
    case_id            bigint      not null references case_file(id),
    direction          varchar(16) not null check (direction in ('INCOMING', 'OUTGOING')),
    organisation_type  varchar(64),
    reason             varchar(64),
    referred_on        date        not null,
    note               text
);
create index trafficking_referral_case on trafficking_referral (case_id);

------------------------------------------------------------------------------
-- Envers history
------------------------------------------------------------------------------

create table resettlement_details_aud (
    rev                   bigint      not null references revinfo(id),
    revtype               smallint,
    case_id               bigint      not null,
    resettlement_country  varchar(3),
    referral_source       varchar(64),
    primary key (rev, case_id)
);

create table resettlement_stage_aud (
    rev         bigint      not null references revinfo(id),
    revtype     smallint,
    id          bigint      not null,
    case_id     bigint,
    stage       varchar(64),
    reached_on  date,
    primary key (rev, id)
);

create table return_details_aud (
    rev               bigint       not null references revinfo(id),
    revtype           smallint,
    case_id           bigint       not null,
    host_country      varchar(3),
    origin_country    varchar(3),
    origin_region     varchar(100),
    programme         varchar(64),
    migrant_category  varchar(64),
    return_reasons    text[],
    months_in_host    integer,
    vulnerabilities   text[],
    primary key (rev, case_id)
);

create table reintegration_assistance_aud (
    rev               bigint        not null references revinfo(id),
    revtype           smallint,
    id                bigint        not null,
    case_id           bigint,
    assistance_type   varchar(64),
    assistance_level  varchar(64),
    planned_on        date,
    delivered_on      date,
    amount            numeric(12,2),
    currency          varchar(3),
    primary key (rev, id)
);

create table monitoring_visit_aud (
    rev                 bigint       not null references revinfo(id),
    revtype             smallint,
    id                  bigint       not null,
    uuid                uuid,
    case_id             bigint,
    visit               varchar(64),
    visited_on          date,
    economic_score      numeric(4,3),
    social_score        numeric(4,3),
    psychosocial_score  numeric(4,3),
    overall_score       numeric(4,3),
    notes               text,
    primary key (rev, id)
);

create table health_assessment_aud (
    rev                     bigint      not null references revinfo(id),
    revtype                 smallint,
    case_id                 bigint      not null,
    uuid                    uuid,
    receiving_country       varchar(3),
    assessed_on             date,
    outcome                 varchar(64),
    referred_for_treatment  boolean,
    physician               text,
    findings                text[],
    tb_class                varchar(64),
    vaccinations            text[],
    outcome_detail          varchar(64),
    referral_note           text,
    clinical_notes          text,
    primary key (rev, case_id)
);

create table trafficking_details_aud (
    rev                         bigint      not null references revinfo(id),
    revtype                     smallint,
    case_id                     bigint      not null,
    uuid                        uuid,
    trafficking_status          varchar(64),
    status_decided_by           varchar(64),
    exploitation_types          text[],
    forced_labour_industry      varchar(64),
    sex_exploitation_types      text[],
    control_methods             text[],
    recruitment_methods         text[],
    relationship_to_trafficker  varchar(64),
    narrative                   text,
    primary key (rev, case_id)
);

create table trafficking_event_aud (
    rev          bigint      not null references revinfo(id),
    revtype      smallint,
    id           bigint      not null,
    uuid         uuid,
    case_id      bigint,
    event_type   varchar(64),
    country      varchar(3),
    start_date   date,
    end_date     date,
    description  text,
    primary key (rev, id)
);

create table support_plan_item_aud (
    rev               bigint      not null references revinfo(id),
    revtype           smallint,
    id                bigint      not null,
    case_id           bigint,
    plan_type         varchar(64),
    planned_end_date  date,
    actual_end_date   date,
    primary key (rev, id)
);

create table trafficking_referral_aud (
    rev                bigint      not null references revinfo(id),
    revtype            smallint,
    id                 bigint      not null,
    uuid               uuid,
    case_id            bigint,
    direction          varchar(16),
    organisation_type  varchar(64),
    reason             varchar(64),
    referred_on        date,
    note               text,
    primary key (rev, id)
);
