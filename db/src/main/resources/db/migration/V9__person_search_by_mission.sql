-- Blind-index lookups filtered by the caller's missions.
-- A common name matches persons in every mission; a caseworker may read only
-- a few missions. With the mission in the index, a search reads only the
-- namesakes it may show instead of all of them (person.mission_id is always
-- the mission of the person's cases). Each composite index replaces the
-- single-column one (same leading column), so writes do not get dearer.
-- Document and phone are often unknown: their indexes leave out the persons
-- without one (a search "= value" never matches null anyway), which saves
-- an index entry per such person at every registration.
create index person_name_mission on person (name_index, mission_id);
drop index person_name_index;
create index person_family_name_mission on person (family_name_index, mission_id);
drop index person_family_name_index;
create index person_document_mission on person (document_index, mission_id) where document_index is not null;
drop index person_document_index;
create index person_phone_mission on person (phone_index, mission_id) where phone_index is not null;
drop index person_phone_index;
create index person_duplicate_key_mission on person (duplicate_key, mission_id);
drop index person_duplicate_key;
