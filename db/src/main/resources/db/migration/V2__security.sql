-- Users, roles, mission assignments and permissions. Apache Shiro reads these
-- through Camino's realm; permission strings are Shiro wildcard permissions.

create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id                    bigint       primary key,
    username              varchar(64)  not null unique check (username = lower(username) and username ~ '^[a-z0-9._-]{3,64}$'),
    display_name          varchar(200) not null,
    password_hash         varchar(512) not null,
    must_change_password  boolean      not null default true,
    enabled               boolean      not null default true,
    failed_logins         integer      not null default 0,
    locked_until          timestamptz,
    password_changed_at   timestamptz,
    last_login_at         timestamptz,
    -- bumped when a user is disabled or their roles change: sessions carrying an older value end
    session_epoch         integer      not null default 0,
    created_at            timestamptz  not null default now(),
    version               bigint       not null default 0
);

-- The roles of DOMAIN.md. Fixed by the product; their permissions are data.
create table app_role (
    code         varchar(32)  primary key,
    scope        varchar(8)   not null check (scope in ('MISSION', 'GLOBAL')),
    description  varchar(300) not null
);

-- Permission templates: {mission} becomes the mission code of the assignment,
-- {area} the programme area (caseworkers hold one assignment per area).
create table role_permission (
    role_code   varchar(32)  not null references app_role(code),
    permission  varchar(200) not null,
    primary key (role_code, permission)
);

create sequence user_role_seq start with 1 increment by 50;

create table user_role (
    id              bigint      primary key,
    user_id         bigint      not null references app_user(id) on delete cascade,
    role_code       varchar(32) not null references app_role(code),
    mission_id      bigint      references mission(id),
    programme_area  varchar(16) check (programme_area in ('resettlement', 'avrr', 'health', 'trafficking')),
    created_at      timestamptz not null default now()
);
create unique index user_role_unique on user_role (user_id, role_code, coalesce(mission_id, 0), coalesce(programme_area, ''));
create index user_role_user on user_role (user_id);

insert into app_role (code, scope, description) values
 ('CASEWORKER',          'MISSION', 'Registers people and households, opens cases, records movements and assistance in one programme area of a mission'),
 ('HEALTH_PRACTITIONER', 'MISSION', 'Records migration health assessments; the only role that reads clinical detail'),
 ('CT_OFFICER',          'MISSION', 'Counter-trafficking officer: the only role that reads victim-assistance cases'),
 ('MISSION_MANAGER',     'MISSION', 'Approves, reassigns and closes cases of the mission; runs its operational reports'),
 ('HQ_ANALYST',          'GLOBAL',  'Reads the central data repository (pseudonymised) and drafts publications'),
 ('HQ_PUBLISHER',        'GLOBAL',  'Reviews and publishes anonymised statistics'),
 ('ADMINISTRATOR',       'GLOBAL',  'Manages users, missions, code lists and keys; reads no case content');

insert into role_permission (role_code, permission) values
 ('CASEWORKER',          'case:read,create,update,transition:{area}:{mission}'),
 ('HEALTH_PRACTITIONER', 'case:read,create,update,transition:health:{mission}'),
 ('HEALTH_PRACTITIONER', 'clinical:read,update:{mission}'),
 ('CT_OFFICER',          'case:read,create,update,transition,approve,close:trafficking:{mission}'),
 ('MISSION_MANAGER',     'case:read,transition,approve,reassign,close:resettlement,avrr,health:{mission}'),
 ('MISSION_MANAGER',     'report:run:{mission}'),
 ('HQ_ANALYST',          'cdr:read'),
 ('HQ_ANALYST',          'publication:read,draft'),
 ('HQ_PUBLISHER',        'cdr:read'),
 ('HQ_PUBLISHER',        'publication:read,review,publish'),
 ('ADMINISTRATOR',       'admin:users,missions,codelists,keys'),
 ('ADMINISTRATOR',       'audit:verify');

-- REST clients: tokens stored as SHA-256 of the secret, scoped to user and mission.
create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id           bigint       primary key,
    user_id      bigint       not null references app_user(id) on delete cascade,
    mission_id   bigint       references mission(id),
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    revoked_at   timestamptz
);

-- Append-only access log with a hash chain: each row's hash covers its own
-- content and the previous row's hash, so an edited, deleted or inserted row
-- breaks the chain from that point on.
create table access_log (
    seq         bigint       primary key,
    at          timestamptz  not null,
    username    varchar(64),
    event       varchar(32)  not null,
    target      varchar(200),
    address     varchar(64),
    detail      varchar(500),
    prev_hash   char(64)     not null,
    hash        char(64)     not null
);

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end $$;

create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_append_only();
