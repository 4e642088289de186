-- Name search scores its candidates by every wanted key they carry (NameMatching): a lookup by
-- person and key, answered from the index alone. It also serves the trigger's delete by person,
-- which the index it replaces did.
create index person_name_key_person_key on person_name_key (person_id, key);
drop index person_name_key_person;
