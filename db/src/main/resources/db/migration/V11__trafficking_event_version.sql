-- Trafficking events can be corrected (a wrong date or country entered by
-- mistake): like support plan items they carry a version for optimistic
-- locking. Envers does not audit the version, so trafficking_event_aud is unchanged.
alter table trafficking_event add column version bigint not null default 0;
