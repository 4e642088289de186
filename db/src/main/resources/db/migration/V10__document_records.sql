-- Document records of the people in a case (passport, refugee ID, visa...):
-- type from the DOCUMENT_TYPE list, number encrypted, issuing country and
-- dates in clear (statistics need them, access control protects them). A
-- record is corrected (optimistic version) or marked invalid, never deleted,
-- so that the history says what was known when.

insert into code_list (code, description, source) values
 ('DOCUMENT_TYPE', 'Identity, travel and civil-status documents recorded for a person', 'Camino');

insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('DOCUMENT_TYPE', 'PASSPORT',          1, 'Passport',                    'Passeport',                          'Pasaporte'),
 ('DOCUMENT_TYPE', 'NATIONAL_ID',       2, 'National identity card',      'Carte nationale d''identité',        'Documento nacional de identidad'),
 ('DOCUMENT_TYPE', 'REFUGEE_ID',        3, 'Refugee identity document',   'Document d''identité de réfugié',    'Documento de identidad de refugiado'),
 ('DOCUMENT_TYPE', 'TRAVEL_DOCUMENT',   4, 'Travel document',             'Titre de voyage',                    'Documento de viaje'),
 ('DOCUMENT_TYPE', 'VISA',              5, 'Visa',                        'Visa',                               'Visado'),
 ('DOCUMENT_TYPE', 'RESIDENCE_PERMIT',  6, 'Residence permit',            'Titre de séjour',                    'Permiso de residencia'),
 ('DOCUMENT_TYPE', 'BIRTH_CERTIFICATE', 7, 'Birth certificate',           'Acte de naissance',                  'Partida de nacimiento'),
 ('DOCUMENT_TYPE', 'OTHER',             8, 'Other document',              'Autre document',                     'Otro documento');

-- nothing wrote case_document before this version, so the new required columns need no default
alter table case_document rename column kind to document_type;
alter table case_document alter column title drop not null;
alter table case_document
    add column person_id        bigint      not null references person(id),
    add column document_number  text,
    add column issuing_country  varchar(3),
    add column issued_on        date,
    add column expires_on       date,
    add column invalidated_on   date,
    add column recorded_by      varchar(64) not null,
    add column version          bigint      not null default 0,
    add constraint case_document_dates check (expires_on is null or issued_on is null or expires_on >= issued_on);
create index case_document_person on case_document (person_id);

alter table case_document_aud rename column kind to document_type;
alter table case_document_aud
    add column person_id        bigint,
    add column document_number  text,
    add column issuing_country  varchar(3),
    add column issued_on        date,
    add column expires_on       date,
    add column invalidated_on   date,
    add column recorded_by      varchar(64);

-- the first design's "received on" is not what a caseworker records about an identity document
alter table case_document drop column received_on;
alter table case_document_aud drop column received_on;
