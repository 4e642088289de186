-- Reference code lists: the values Camino's forms offer and its exports use,
-- each labelled in English, French and Spanish.
--
-- code_list names a list and where it comes from; code_value holds its values.
-- Where a list comes from a standard its codes are the standard's, spelt as
-- the standard spells them (HTCDS v2.0 for counter-trafficking, ISO 3166-1
-- for countries, ISIC Rev. 4 for industries, ISCED 2011 for education,
-- SDMX-style age codes for statistics); Camino's own lists use UPPER_SNAKE
-- codes. Codes are never reused or renamed: a value that goes out of use is
-- set inactive, and label or value changes come in later migrations.
--
-- Workflow statuses of case types are deliberately not here: they belong to
-- the workflow model.

create table code_list (
    code         varchar(64)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    description  varchar(500) not null,
    source       varchar(300) not null,
    version      bigint       not null default 0
);

comment on table code_list is 'A reference code list; its values are in code_value.';
comment on column code_list.source is 'The standard or document the list follows, e.g. ISO 3166-1 alpha-3, HTCDS v2.0.';

create table code_value (
    list_code         varchar(64)  not null references code_list(code),
    code              varchar(64)  not null check (code ~ '^[A-Za-z0-9_]+$'),
    label_en          varchar(300) not null check (btrim(label_en) <> ''),
    label_fr          varchar(300) not null check (btrim(label_fr) <> ''),
    label_es          varchar(300) not null check (btrim(label_es) <> ''),
    sort_order        integer      not null default 0,
    parent_list_code  varchar(64),
    parent_code       varchar(64),
    alt_code          varchar(16),
    active            boolean      not null default true,
    version           bigint       not null default 0,
    primary key (list_code, code),
    foreign key (parent_list_code, parent_code) references code_value(list_code, code),
    check ((parent_list_code is null) = (parent_code is null))
);

create index code_value_parent on code_value (parent_list_code, parent_code);

comment on table code_value is 'A value of a code list, labelled in English, French and Spanish.';
comment on column code_value.code is 'Stored in case data and exports; never changes once in use.';
comment on column code_value.sort_order is 'Display order within the list; values with equal sort_order are shown by label in the reader''s language.';
comment on column code_value.parent_list_code is 'With parent_code: the value this one refines, in the same list (e.g. HEALTH_OUTCOME) or another (e.g. SEX_EXPLOITATION_TYPE under EXPLOITATION_TYPE SexualExploitation).';
comment on column code_value.alt_code is 'The value''s code in a second scheme, where one exists: ISO 3166-1 alpha-2 for COUNTRY, ISIC section letter, ISCED level, programme area of a CASE_TYPE, months of a MONITORING_VISIT.';
comment on column code_value.active is 'Inactive values stay valid in existing data but are no longer offered.';

insert into code_list (code, description, source) values
 -- Common case core
 ('COUNTRY',                   'Countries and territories: nationality, country of origin, host, transit, destination, resettlement and receiving countries',  'ISO 3166-1 alpha-3 (alt_code: alpha-2); names from Unicode CLDR as shipped with the JDK'),
 ('NATIONALITY_SPECIAL',       'Nationality values that are not countries; a nationality is a COUNTRY or one of these',                                          'ICAO Doc 9303 (machine readable travel documents), Part 3'),
 ('SEX',                       'Sex of a person, as recorded on identity documents and used in statistics',                                                      'Camino'),
 ('AGE_BAND',                  'Age bands of published statistics',                                                                                              'Camino publication rules (DOMAIN.md); codes in the style of SDMX CL_AGE'),
 ('AGE_BAND_CTDC',             'Broad age bands of counter-trafficking microdata',                                                                               'CTDC (Counter Trafficking Data Collaborative) broad age groups; codes in the style of SDMX CL_AGE'),
 ('HOUSEHOLD_RELATIONSHIP',    'Relationship of a household member to the principal applicant',                                                                  'Camino'),
 ('VULNERABILITY',             'Vulnerabilities of a person; several may apply',                                                                                 'Camino'),
 ('CASE_TYPE',                 'Case types. The code is the TYPE part of case numbers <MISSION>-<TYPE>-<YEAR>-<SEQ> (e.g. KEN-AVR-2026-000123); alt_code is the programme area of user_role.programme_area', 'Camino'),
 ('CONSENT_PURPOSE',           'Purposes for which a person gives (and may withdraw) consent',                                                                    'Camino; HTCDS v2.0 consent guidance (con_Consent)'),
 ('CASE_CLOSURE_REASON',       'Why a case was closed',                                                                                                          'Camino'),
 -- Movements
 ('TRANSPORT_MEANS',           'Means of transport of a movement leg',                                                                                           'Camino'),
 ('ESCORT_TYPE',               'Escort accompanying a movement',                                                                                                 'Camino'),
 ('MOVEMENT_STATUS',           'Status of a movement',                                                                                                           'Camino'),
 ('MOVEMENT_LEG_TYPE',         'Role of a place in a movement',                                                                                                  'Camino'),
 -- Resettlement
 ('RESETTLEMENT_REFERRAL_SOURCE', 'How a resettlement case was referred',                                                                                        'Camino'),
 ('RESETTLEMENT_STAGE',        'Processing stages of a resettlement case, each recorded with its date',                                                          'Camino'),
 -- AVRR
 ('AVRR_PROGRAMME',            'Return programme of an AVRR case',                                                                                               'Camino'),
 ('MIGRANT_CATEGORY',          'Category of the migrant in the host country',                                                                                    'Camino'),
 ('RETURN_REASON',             'Reasons a migrant gives for returning; several may apply',                                                                       'Camino'),
 ('REINTEGRATION_DIMENSION',   'Dimensions of reintegration: category of reintegration assistance and dimension of the sustainability score',                    'IOM integrated approach to reintegration (Reintegration Handbook, 2019)'),
 ('REINTEGRATION_ASSISTANCE',  'Reintegration assistance items, under their dimension (parent: REINTEGRATION_DIMENSION)',                                         'IOM integrated approach to reintegration (Reintegration Handbook, 2019)'),
 ('ASSISTANCE_LEVEL',          'Level at which reintegration assistance is delivered',                                                                           'IOM integrated approach to reintegration (Reintegration Handbook, 2019)'),
 ('MONITORING_VISIT',          'Reintegration monitoring visits after return; alt_code is the number of months',                                                 'Camino'),
 -- Migration health
 ('TB_CLASS',                  'Tuberculosis classification of a migration health assessment',                                                                   'US CDC Technical Instructions for Panel Physicians: tuberculosis'),
 ('HEALTH_CONDITION',          'Conditions of public-health concern found at a migration health assessment (other than tuberculosis)',                           'US CDC Technical Instructions for Panel Physicians'),
 ('HEALTH_OUTCOME',            'Outcome of a migration health assessment; fit with conditions has sub-values',                                                   'Camino'),
 ('VACCINE',                   'Vaccinations given or documented',                                                                                               'Camino'),
 -- Counter-trafficking (HTCDS v2.0: codes verbatim, field names in brackets)
 ('GENDER',                    'Gender [prs_Gender]',                                                                                                            'HTCDS v2.0'),
 ('MARITAL_STATUS',            'Marital status [prs_MaritalStatus]',                                                                                             'HTCDS v2.0'),
 ('EDUCATION_LEVEL',           'Highest level of education [prs_HighestLevelOfEducation]; alt_code is the ISCED 2011 level',                                     'HTCDS v2.0; ISCED 2011'),
 ('TRAFFICKING_STATUS',        'Trafficking status [vic_TraffickingStatus]',                                                                                     'HTCDS v2.0'),
 ('TRAFFICKING_STATUS_DECIDER','Organisation that decided the trafficking status [vic_TraffickingStatusDecisionMakingOrg]',                                      'HTCDS v2.0'),
 ('RELATIONSHIP_TO_TRAFFICKER','Relationship to the trafficker [vic_RelationshipToTrafficker]',                                                                  'HTCDS v2.0'),
 ('RECRUITMENT_METHOD',        'Method of recruitment [vic_MethodOfRecruitment]; several may apply',                                                            'HTCDS v2.0'),
 ('ONLINE_PLATFORM',           'Websites and apps used to recruit or exploit [vic_RecruitmentWebsitesAndApps, vic_ExploitationWebsitesAndApps]',                'HTCDS v2.0'),
 ('CONTROL_METHOD',            'Methods of control [vic_MethodsOfControl]; several may apply',                                                                   'HTCDS v2.0'),
 ('EXPLOITATION_TYPE',         'Type of exploitation [vic_TypeOfExploitation]; several may apply',                                                               'HTCDS v2.0'),
 ('FORCED_LABOUR_INDUSTRY',    'Forced labour industry [vic_ForcedLabourIndustry], ISIC Rev. 4 sections (parent: EXPLOITATION_TYPE ForcedLabour); alt_code is the section letter', 'HTCDS v2.0; ISIC Rev. 4'),
 ('SEX_EXPLOITATION_TYPE',     'Type of sexual exploitation [vic_TypeOfSexExploitation] (parent: EXPLOITATION_TYPE SexualExploitation)',                         'HTCDS v2.0'),
 ('TRAFFICKING_EVENT_TYPE',    'Type of a historic trafficking event [hte_Type]',                                                                                'HTCDS v2.0'),
 ('SUPPORT_PLAN_TYPE',         'Type of support plan [spl_Type]',                                                                                                'HTCDS v2.0'),
 ('CT_CASE_STATUS',            'Status of a counter-trafficking case [cas_Status]',                                                                              'HTCDS v2.0'),
 ('REFERRAL_REASON',           'Reason for an incoming or outgoing referral [cas_ReasonForIncomingReferral, cas_ReasonForOutgoingReferral]',                    'HTCDS v2.0'),
 ('REFERRAL_DIRECTION',        'Direction of a case referral (HTCDS keeps incoming and outgoing referrals in separate cas_ fields)',                             'Camino, after HTCDS v2.0'),
 ('ORGANISATION_TYPE',         'Type of a partner organisation, e.g. referring or referred organisation [org_Type]',                                            'HTCDS v2.0'),
 ('PERPETRATOR_ROLE',          'Role of a perpetrator in the trafficking process [per_RoleInProcess]; several may apply',                                       'HTCDS v2.0');

------------------------------------------------------------------------------
-- Common case core
------------------------------------------------------------------------------

-- COUNTRY. Source: ISO 3166-1 alpha-3, alt_code alpha-2; English, French and
-- Spanish names from Unicode CLDR as shipped with the JDK (db/tools/GenerateCountryCodes.java).
-- COUNTRY: 249 codes. Generated by db/tools/GenerateCountryCodes.java on Java 17.0.15+6-Debian-1deb12u1 (Debian), names from its CLDR locale data.
-- sort_order 0 for all: lists show countries sorted by their label in the reader's language.
insert into code_value (list_code, code, alt_code, sort_order, label_en, label_fr, label_es) values
 ('COUNTRY', 'ABW', 'AW', 0, 'Aruba', 'Aruba', 'Aruba'),
 ('COUNTRY', 'AFG', 'AF', 0, 'Afghanistan', 'Afghanistan', 'Afganistán'),
 ('COUNTRY', 'AGO', 'AO', 0, 'Angola', 'Angola', 'Angola'),
 ('COUNTRY', 'AIA', 'AI', 0, 'Anguilla', 'Anguilla', 'Anguila'),
 ('COUNTRY', 'ALA', 'AX', 0, 'Åland Islands', 'Îles Åland', 'Islas Aland'),
 ('COUNTRY', 'ALB', 'AL', 0, 'Albania', 'Albanie', 'Albania'),
 ('COUNTRY', 'AND', 'AD', 0, 'Andorra', 'Andorre', 'Andorra'),
 ('COUNTRY', 'ARE', 'AE', 0, 'United Arab Emirates', 'Émirats arabes unis', 'Emiratos Árabes Unidos'),
 ('COUNTRY', 'ARG', 'AR', 0, 'Argentina', 'Argentine', 'Argentina'),
 ('COUNTRY', 'ARM', 'AM', 0, 'Armenia', 'Arménie', 'Armenia'),
 ('COUNTRY', 'ASM', 'AS', 0, 'American Samoa', 'Samoa américaines', 'Samoa Americana'),
 ('COUNTRY', 'ATA', 'AQ', 0, 'Antarctica', 'Antarctique', 'Antártida'),
 ('COUNTRY', 'ATF', 'TF', 0, 'French Southern Territories', 'Terres australes françaises', 'Territorios Australes Franceses'),
 ('COUNTRY', 'ATG', 'AG', 0, 'Antigua & Barbuda', 'Antigua-et-Barbuda', 'Antigua y Barbuda'),
 ('COUNTRY', 'AUS', 'AU', 0, 'Australia', 'Australie', 'Australia'),
 ('COUNTRY', 'AUT', 'AT', 0, 'Austria', 'Autriche', 'Austria'),
 ('COUNTRY', 'AZE', 'AZ', 0, 'Azerbaijan', 'Azerbaïdjan', 'Azerbaiyán'),
 ('COUNTRY', 'BDI', 'BI', 0, 'Burundi', 'Burundi', 'Burundi'),
 ('COUNTRY', 'BEL', 'BE', 0, 'Belgium', 'Belgique', 'Bélgica'),
 ('COUNTRY', 'BEN', 'BJ', 0, 'Benin', 'Bénin', 'Benín'),
 ('COUNTRY', 'BES', 'BQ', 0, 'Caribbean Netherlands', 'Pays-Bas caribéens', 'Caribe neerlandés'),
 ('COUNTRY', 'BFA', 'BF', 0, 'Burkina Faso', 'Burkina Faso', 'Burkina Faso'),
 ('COUNTRY', 'BGD', 'BD', 0, 'Bangladesh', 'Bangladesh', 'Bangladés'),
 ('COUNTRY', 'BGR', 'BG', 0, 'Bulgaria', 'Bulgarie', 'Bulgaria'),
 ('COUNTRY', 'BHR', 'BH', 0, 'Bahrain', 'Bahreïn', 'Baréin'),
 ('COUNTRY', 'BHS', 'BS', 0, 'Bahamas', 'Bahamas', 'Bahamas'),
 ('COUNTRY', 'BIH', 'BA', 0, 'Bosnia & Herzegovina', 'Bosnie-Herzégovine', 'Bosnia y Herzegovina'),
 ('COUNTRY', 'BLM', 'BL', 0, 'St. Barthélemy', 'Saint-Barthélemy', 'San Bartolomé'),
 ('COUNTRY', 'BLR', 'BY', 0, 'Belarus', 'Biélorussie', 'Bielorrusia'),
 ('COUNTRY', 'BLZ', 'BZ', 0, 'Belize', 'Belize', 'Belice'),
 ('COUNTRY', 'BMU', 'BM', 0, 'Bermuda', 'Bermudes', 'Bermudas'),
 ('COUNTRY', 'BOL', 'BO', 0, 'Bolivia', 'Bolivie', 'Bolivia'),
 ('COUNTRY', 'BRA', 'BR', 0, 'Brazil', 'Brésil', 'Brasil'),
 ('COUNTRY', 'BRB', 'BB', 0, 'Barbados', 'Barbade', 'Barbados'),
 ('COUNTRY', 'BRN', 'BN', 0, 'Brunei', 'Brunei', 'Brunéi'),
 ('COUNTRY', 'BTN', 'BT', 0, 'Bhutan', 'Bhoutan', 'Bután'),
 ('COUNTRY', 'BVT', 'BV', 0, 'Bouvet Island', 'Île Bouvet', 'Isla Bouvet'),
 ('COUNTRY', 'BWA', 'BW', 0, 'Botswana', 'Botswana', 'Botsuana'),
 ('COUNTRY', 'CAF', 'CF', 0, 'Central African Republic', 'République centrafricaine', 'República Centroafricana'),
 ('COUNTRY', 'CAN', 'CA', 0, 'Canada', 'Canada', 'Canadá'),
 ('COUNTRY', 'CCK', 'CC', 0, 'Cocos (Keeling) Islands', 'Îles Cocos', 'Islas Cocos'),
 ('COUNTRY', 'CHE', 'CH', 0, 'Switzerland', 'Suisse', 'Suiza'),
 ('COUNTRY', 'CHL', 'CL', 0, 'Chile', 'Chili', 'Chile'),
 ('COUNTRY', 'CHN', 'CN', 0, 'China', 'Chine', 'China'),
 ('COUNTRY', 'CIV', 'CI', 0, 'Côte d’Ivoire', 'Côte d’Ivoire', 'Côte d’Ivoire'),
 ('COUNTRY', 'CMR', 'CM', 0, 'Cameroon', 'Cameroun', 'Camerún'),
 ('COUNTRY', 'COD', 'CD', 0, 'Congo - Kinshasa', 'Congo-Kinshasa', 'República Democrática del Congo'),
 ('COUNTRY', 'COG', 'CG', 0, 'Congo - Brazzaville', 'Congo-Brazzaville', 'Congo'),
 ('COUNTRY', 'COK', 'CK', 0, 'Cook Islands', 'Îles Cook', 'Islas Cook'),
 ('COUNTRY', 'COL', 'CO', 0, 'Colombia', 'Colombie', 'Colombia'),
 ('COUNTRY', 'COM', 'KM', 0, 'Comoros', 'Comores', 'Comoras'),
 ('COUNTRY', 'CPV', 'CV', 0, 'Cape Verde', 'Cap-Vert', 'Cabo Verde'),
 ('COUNTRY', 'CRI', 'CR', 0, 'Costa Rica', 'Costa Rica', 'Costa Rica'),
 ('COUNTRY', 'CUB', 'CU', 0, 'Cuba', 'Cuba', 'Cuba'),
 ('COUNTRY', 'CUW', 'CW', 0, 'Curaçao', 'Curaçao', 'Curazao'),
 ('COUNTRY', 'CXR', 'CX', 0, 'Christmas Island', 'Île Christmas', 'Isla de Navidad'),
 ('COUNTRY', 'CYM', 'KY', 0, 'Cayman Islands', 'Îles Caïmans', 'Islas Caimán'),
 ('COUNTRY', 'CYP', 'CY', 0, 'Cyprus', 'Chypre', 'Chipre'),
 ('COUNTRY', 'CZE', 'CZ', 0, 'Czechia', 'Tchéquie', 'Chequia'),
 ('COUNTRY', 'DEU', 'DE', 0, 'Germany', 'Allemagne', 'Alemania'),
 ('COUNTRY', 'DJI', 'DJ', 0, 'Djibouti', 'Djibouti', 'Yibuti'),
 ('COUNTRY', 'DMA', 'DM', 0, 'Dominica', 'Dominique', 'Dominica'),
 ('COUNTRY', 'DNK', 'DK', 0, 'Denmark', 'Danemark', 'Dinamarca'),
 ('COUNTRY', 'DOM', 'DO', 0, 'Dominican Republic', 'République dominicaine', 'República Dominicana'),
 ('COUNTRY', 'DZA', 'DZ', 0, 'Algeria', 'Algérie', 'Argelia'),
 ('COUNTRY', 'ECU', 'EC', 0, 'Ecuador', 'Équateur', 'Ecuador'),
 ('COUNTRY', 'EGY', 'EG', 0, 'Egypt', 'Égypte', 'Egipto'),
 ('COUNTRY', 'ERI', 'ER', 0, 'Eritrea', 'Érythrée', 'Eritrea'),
 ('COUNTRY', 'ESH', 'EH', 0, 'Western Sahara', 'Sahara occidental', 'Sáhara Occidental'),
 ('COUNTRY', 'ESP', 'ES', 0, 'Spain', 'Espagne', 'España'),
 ('COUNTRY', 'EST', 'EE', 0, 'Estonia', 'Estonie', 'Estonia'),
 ('COUNTRY', 'ETH', 'ET', 0, 'Ethiopia', 'Éthiopie', 'Etiopía'),
 ('COUNTRY', 'FIN', 'FI', 0, 'Finland', 'Finlande', 'Finlandia'),
 ('COUNTRY', 'FJI', 'FJ', 0, 'Fiji', 'Fidji', 'Fiyi'),
 ('COUNTRY', 'FLK', 'FK', 0, 'Falkland Islands', 'Îles Malouines', 'Islas Malvinas'),
 ('COUNTRY', 'FRA', 'FR', 0, 'France', 'France', 'Francia'),
 ('COUNTRY', 'FRO', 'FO', 0, 'Faroe Islands', 'Îles Féroé', 'Islas Feroe'),
 ('COUNTRY', 'FSM', 'FM', 0, 'Micronesia', 'Micronésie', 'Micronesia'),
 ('COUNTRY', 'GAB', 'GA', 0, 'Gabon', 'Gabon', 'Gabón'),
 ('COUNTRY', 'GBR', 'GB', 0, 'United Kingdom', 'Royaume-Uni', 'Reino Unido'),
 ('COUNTRY', 'GEO', 'GE', 0, 'Georgia', 'Géorgie', 'Georgia'),
 ('COUNTRY', 'GGY', 'GG', 0, 'Guernsey', 'Guernesey', 'Guernesey'),
 ('COUNTRY', 'GHA', 'GH', 0, 'Ghana', 'Ghana', 'Ghana'),
 ('COUNTRY', 'GIB', 'GI', 0, 'Gibraltar', 'Gibraltar', 'Gibraltar'),
 ('COUNTRY', 'GIN', 'GN', 0, 'Guinea', 'Guinée', 'Guinea'),
 ('COUNTRY', 'GLP', 'GP', 0, 'Guadeloupe', 'Guadeloupe', 'Guadalupe'),
 ('COUNTRY', 'GMB', 'GM', 0, 'Gambia', 'Gambie', 'Gambia'),
 ('COUNTRY', 'GNB', 'GW', 0, 'Guinea-Bissau', 'Guinée-Bissau', 'Guinea-Bisáu'),
 ('COUNTRY', 'GNQ', 'GQ', 0, 'Equatorial Guinea', 'Guinée équatoriale', 'Guinea Ecuatorial'),
 ('COUNTRY', 'GRC', 'GR', 0, 'Greece', 'Grèce', 'Grecia'),
 ('COUNTRY', 'GRD', 'GD', 0, 'Grenada', 'Grenade', 'Granada'),
 ('COUNTRY', 'GRL', 'GL', 0, 'Greenland', 'Groenland', 'Groenlandia'),
 ('COUNTRY', 'GTM', 'GT', 0, 'Guatemala', 'Guatemala', 'Guatemala'),
 ('COUNTRY', 'GUF', 'GF', 0, 'French Guiana', 'Guyane française', 'Guayana Francesa'),
 ('COUNTRY', 'GUM', 'GU', 0, 'Guam', 'Guam', 'Guam'),
 ('COUNTRY', 'GUY', 'GY', 0, 'Guyana', 'Guyana', 'Guyana'),
 ('COUNTRY', 'HKG', 'HK', 0, 'Hong Kong SAR China', 'R.A.S. chinoise de Hong Kong', 'RAE de Hong Kong (China)'),
 ('COUNTRY', 'HMD', 'HM', 0, 'Heard & McDonald Islands', 'Îles Heard-et-MacDonald', 'Islas Heard y McDonald'),
 ('COUNTRY', 'HND', 'HN', 0, 'Honduras', 'Honduras', 'Honduras'),
 ('COUNTRY', 'HRV', 'HR', 0, 'Croatia', 'Croatie', 'Croacia'),
 ('COUNTRY', 'HTI', 'HT', 0, 'Haiti', 'Haïti', 'Haití'),
 ('COUNTRY', 'HUN', 'HU', 0, 'Hungary', 'Hongrie', 'Hungría'),
 ('COUNTRY', 'IDN', 'ID', 0, 'Indonesia', 'Indonésie', 'Indonesia'),
 ('COUNTRY', 'IMN', 'IM', 0, 'Isle of Man', 'Île de Man', 'Isla de Man'),
 ('COUNTRY', 'IND', 'IN', 0, 'India', 'Inde', 'India'),
 ('COUNTRY', 'IOT', 'IO', 0, 'British Indian Ocean Territory', 'Territoire britannique de l’océan Indien', 'Territorio Británico del Océano Índico'),
 ('COUNTRY', 'IRL', 'IE', 0, 'Ireland', 'Irlande', 'Irlanda'),
 ('COUNTRY', 'IRN', 'IR', 0, 'Iran', 'Iran', 'Irán'),
 ('COUNTRY', 'IRQ', 'IQ', 0, 'Iraq', 'Irak', 'Irak'),
 ('COUNTRY', 'ISL', 'IS', 0, 'Iceland', 'Islande', 'Islandia'),
 ('COUNTRY', 'ISR', 'IL', 0, 'Israel', 'Israël', 'Israel'),
 ('COUNTRY', 'ITA', 'IT', 0, 'Italy', 'Italie', 'Italia'),
 ('COUNTRY', 'JAM', 'JM', 0, 'Jamaica', 'Jamaïque', 'Jamaica'),
 ('COUNTRY', 'JEY', 'JE', 0, 'Jersey', 'Jersey', 'Jersey'),
 ('COUNTRY', 'JOR', 'JO', 0, 'Jordan', 'Jordanie', 'Jordania'),
 ('COUNTRY', 'JPN', 'JP', 0, 'Japan', 'Japon', 'Japón'),
 ('COUNTRY', 'KAZ', 'KZ', 0, 'Kazakhstan', 'Kazakhstan', 'Kazajistán'),
 ('COUNTRY', 'KEN', 'KE', 0, 'Kenya', 'Kenya', 'Kenia'),
 ('COUNTRY', 'KGZ', 'KG', 0, 'Kyrgyzstan', 'Kirghizstan', 'Kirguistán'),
 ('COUNTRY', 'KHM', 'KH', 0, 'Cambodia', 'Cambodge', 'Camboya'),
 ('COUNTRY', 'KIR', 'KI', 0, 'Kiribati', 'Kiribati', 'Kiribati'),
 ('COUNTRY', 'KNA', 'KN', 0, 'St. Kitts & Nevis', 'Saint-Christophe-et-Niévès', 'San Cristóbal y Nieves'),
 ('COUNTRY', 'KOR', 'KR', 0, 'South Korea', 'Corée du Sud', 'Corea del Sur'),
 ('COUNTRY', 'KWT', 'KW', 0, 'Kuwait', 'Koweït', 'Kuwait'),
 ('COUNTRY', 'LAO', 'LA', 0, 'Laos', 'Laos', 'Laos'),
 ('COUNTRY', 'LBN', 'LB', 0, 'Lebanon', 'Liban', 'Líbano'),
 ('COUNTRY', 'LBR', 'LR', 0, 'Liberia', 'Liberia', 'Liberia'),
 ('COUNTRY', 'LBY', 'LY', 0, 'Libya', 'Libye', 'Libia'),
 ('COUNTRY', 'LCA', 'LC', 0, 'St. Lucia', 'Sainte-Lucie', 'Santa Lucía'),
 ('COUNTRY', 'LIE', 'LI', 0, 'Liechtenstein', 'Liechtenstein', 'Liechtenstein'),
 ('COUNTRY', 'LKA', 'LK', 0, 'Sri Lanka', 'Sri Lanka', 'Sri Lanka'),
 ('COUNTRY', 'LSO', 'LS', 0, 'Lesotho', 'Lesotho', 'Lesoto'),
 ('COUNTRY', 'LTU', 'LT', 0, 'Lithuania', 'Lituanie', 'Lituania'),
 ('COUNTRY', 'LUX', 'LU', 0, 'Luxembourg', 'Luxembourg', 'Luxemburgo'),
 ('COUNTRY', 'LVA', 'LV', 0, 'Latvia', 'Lettonie', 'Letonia'),
 ('COUNTRY', 'MAC', 'MO', 0, 'Macao SAR China', 'R.A.S. chinoise de Macao', 'RAE de Macao (China)'),
 ('COUNTRY', 'MAF', 'MF', 0, 'St. Martin', 'Saint-Martin', 'San Martín'),
 ('COUNTRY', 'MAR', 'MA', 0, 'Morocco', 'Maroc', 'Marruecos'),
 ('COUNTRY', 'MCO', 'MC', 0, 'Monaco', 'Monaco', 'Mónaco'),
 ('COUNTRY', 'MDA', 'MD', 0, 'Moldova', 'Moldavie', 'Moldavia'),
 ('COUNTRY', 'MDG', 'MG', 0, 'Madagascar', 'Madagascar', 'Madagascar'),
 ('COUNTRY', 'MDV', 'MV', 0, 'Maldives', 'Maldives', 'Maldivas'),
 ('COUNTRY', 'MEX', 'MX', 0, 'Mexico', 'Mexique', 'México'),
 ('COUNTRY', 'MHL', 'MH', 0, 'Marshall Islands', 'Îles Marshall', 'Islas Marshall'),
 ('COUNTRY', 'MKD', 'MK', 0, 'North Macedonia', 'Macédoine du Nord', 'Macedonia del Norte'),
 ('COUNTRY', 'MLI', 'ML', 0, 'Mali', 'Mali', 'Mali'),
 ('COUNTRY', 'MLT', 'MT', 0, 'Malta', 'Malte', 'Malta'),
 ('COUNTRY', 'MMR', 'MM', 0, 'Myanmar (Burma)', 'Myanmar (Birmanie)', 'Myanmar (Birmania)'),
 ('COUNTRY', 'MNE', 'ME', 0, 'Montenegro', 'Monténégro', 'Montenegro'),
 ('COUNTRY', 'MNG', 'MN', 0, 'Mongolia', 'Mongolie', 'Mongolia'),
 ('COUNTRY', 'MNP', 'MP', 0, 'Northern Mariana Islands', 'Îles Mariannes du Nord', 'Islas Marianas del Norte'),
 ('COUNTRY', 'MOZ', 'MZ', 0, 'Mozambique', 'Mozambique', 'Mozambique'),
 ('COUNTRY', 'MRT', 'MR', 0, 'Mauritania', 'Mauritanie', 'Mauritania'),
 ('COUNTRY', 'MSR', 'MS', 0, 'Montserrat', 'Montserrat', 'Montserrat'),
 ('COUNTRY', 'MTQ', 'MQ', 0, 'Martinique', 'Martinique', 'Martinica'),
 ('COUNTRY', 'MUS', 'MU', 0, 'Mauritius', 'Maurice', 'Mauricio'),
 ('COUNTRY', 'MWI', 'MW', 0, 'Malawi', 'Malawi', 'Malaui'),
 ('COUNTRY', 'MYS', 'MY', 0, 'Malaysia', 'Malaisie', 'Malasia'),
 ('COUNTRY', 'MYT', 'YT', 0, 'Mayotte', 'Mayotte', 'Mayotte'),
 ('COUNTRY', 'NAM', 'NA', 0, 'Namibia', 'Namibie', 'Namibia'),
 ('COUNTRY', 'NCL', 'NC', 0, 'New Caledonia', 'Nouvelle-Calédonie', 'Nueva Caledonia'),
 ('COUNTRY', 'NER', 'NE', 0, 'Niger', 'Niger', 'Níger'),
 ('COUNTRY', 'NFK', 'NF', 0, 'Norfolk Island', 'Île Norfolk', 'Isla Norfolk'),
 ('COUNTRY', 'NGA', 'NG', 0, 'Nigeria', 'Nigeria', 'Nigeria'),
 ('COUNTRY', 'NIC', 'NI', 0, 'Nicaragua', 'Nicaragua', 'Nicaragua'),
 ('COUNTRY', 'NIU', 'NU', 0, 'Niue', 'Niue', 'Niue'),
 ('COUNTRY', 'NLD', 'NL', 0, 'Netherlands', 'Pays-Bas', 'Países Bajos'),
 ('COUNTRY', 'NOR', 'NO', 0, 'Norway', 'Norvège', 'Noruega'),
 ('COUNTRY', 'NPL', 'NP', 0, 'Nepal', 'Népal', 'Nepal'),
 ('COUNTRY', 'NRU', 'NR', 0, 'Nauru', 'Nauru', 'Nauru'),
 ('COUNTRY', 'NZL', 'NZ', 0, 'New Zealand', 'Nouvelle-Zélande', 'Nueva Zelanda'),
 ('COUNTRY', 'OMN', 'OM', 0, 'Oman', 'Oman', 'Omán'),
 ('COUNTRY', 'PAK', 'PK', 0, 'Pakistan', 'Pakistan', 'Pakistán'),
 ('COUNTRY', 'PAN', 'PA', 0, 'Panama', 'Panama', 'Panamá'),
 ('COUNTRY', 'PCN', 'PN', 0, 'Pitcairn Islands', 'Îles Pitcairn', 'Islas Pitcairn'),
 ('COUNTRY', 'PER', 'PE', 0, 'Peru', 'Pérou', 'Perú'),
 ('COUNTRY', 'PHL', 'PH', 0, 'Philippines', 'Philippines', 'Filipinas'),
 ('COUNTRY', 'PLW', 'PW', 0, 'Palau', 'Palaos', 'Palaos'),
 ('COUNTRY', 'PNG', 'PG', 0, 'Papua New Guinea', 'Papouasie-Nouvelle-Guinée', 'Papúa Nueva Guinea'),
 ('COUNTRY', 'POL', 'PL', 0, 'Poland', 'Pologne', 'Polonia'),
 ('COUNTRY', 'PRI', 'PR', 0, 'Puerto Rico', 'Porto Rico', 'Puerto Rico'),
 ('COUNTRY', 'PRK', 'KP', 0, 'North Korea', 'Corée du Nord', 'Corea del Norte'),
 ('COUNTRY', 'PRT', 'PT', 0, 'Portugal', 'Portugal', 'Portugal'),
 ('COUNTRY', 'PRY', 'PY', 0, 'Paraguay', 'Paraguay', 'Paraguay'),
 ('COUNTRY', 'PSE', 'PS', 0, 'Palestinian Territories', 'Territoires palestiniens', 'Territorios Palestinos'),
 ('COUNTRY', 'PYF', 'PF', 0, 'French Polynesia', 'Polynésie française', 'Polinesia Francesa'),
 ('COUNTRY', 'QAT', 'QA', 0, 'Qatar', 'Qatar', 'Catar'),
 ('COUNTRY', 'REU', 'RE', 0, 'Réunion', 'La Réunion', 'Reunión'),
 ('COUNTRY', 'ROU', 'RO', 0, 'Romania', 'Roumanie', 'Rumanía'),
 ('COUNTRY', 'RUS', 'RU', 0, 'Russia', 'Russie', 'Rusia'),
 ('COUNTRY', 'RWA', 'RW', 0, 'Rwanda', 'Rwanda', 'Ruanda'),
 ('COUNTRY', 'SAU', 'SA', 0, 'Saudi Arabia', 'Arabie saoudite', 'Arabia Saudí'),
 ('COUNTRY', 'SDN', 'SD', 0, 'Sudan', 'Soudan', 'Sudán'),
 ('COUNTRY', 'SEN', 'SN', 0, 'Senegal', 'Sénégal', 'Senegal'),
 ('COUNTRY', 'SGP', 'SG', 0, 'Singapore', 'Singapour', 'Singapur'),
 ('COUNTRY', 'SGS', 'GS', 0, 'South Georgia & South Sandwich Islands', 'Géorgie du Sud-et-les Îles Sandwich du Sud', 'Islas Georgia del Sur y Sandwich del Sur'),
 ('COUNTRY', 'SHN', 'SH', 0, 'St. Helena', 'Sainte-Hélène', 'Santa Elena'),
 ('COUNTRY', 'SJM', 'SJ', 0, 'Svalbard & Jan Mayen', 'Svalbard et Jan Mayen', 'Svalbard y Jan Mayen'),
 ('COUNTRY', 'SLB', 'SB', 0, 'Solomon Islands', 'Îles Salomon', 'Islas Salomón'),
 ('COUNTRY', 'SLE', 'SL', 0, 'Sierra Leone', 'Sierra Leone', 'Sierra Leona'),
 ('COUNTRY', 'SLV', 'SV', 0, 'El Salvador', 'Salvador', 'El Salvador'),
 ('COUNTRY', 'SMR', 'SM', 0, 'San Marino', 'Saint-Marin', 'San Marino'),
 ('COUNTRY', 'SOM', 'SO', 0, 'Somalia', 'Somalie', 'Somalia'),
 ('COUNTRY', 'SPM', 'PM', 0, 'St. Pierre & Miquelon', 'Saint-Pierre-et-Miquelon', 'San Pedro y Miquelón'),
 ('COUNTRY', 'SRB', 'RS', 0, 'Serbia', 'Serbie', 'Serbia'),
 ('COUNTRY', 'SSD', 'SS', 0, 'South Sudan', 'Soudan du Sud', 'Sudán del Sur'),
 ('COUNTRY', 'STP', 'ST', 0, 'São Tomé & Príncipe', 'Sao Tomé-et-Principe', 'Santo Tomé y Príncipe'),
 ('COUNTRY', 'SUR', 'SR', 0, 'Suriname', 'Suriname', 'Surinam'),
 ('COUNTRY', 'SVK', 'SK', 0, 'Slovakia', 'Slovaquie', 'Eslovaquia'),
 ('COUNTRY', 'SVN', 'SI', 0, 'Slovenia', 'Slovénie', 'Eslovenia'),
 ('COUNTRY', 'SWE', 'SE', 0, 'Sweden', 'Suède', 'Suecia'),
 ('COUNTRY', 'SWZ', 'SZ', 0, 'Eswatini', 'Eswatini', 'Esuatini'),
 ('COUNTRY', 'SXM', 'SX', 0, 'Sint Maarten', 'Saint-Martin (partie néerlandaise)', 'Sint Maarten'),
 ('COUNTRY', 'SYC', 'SC', 0, 'Seychelles', 'Seychelles', 'Seychelles'),
 ('COUNTRY', 'SYR', 'SY', 0, 'Syria', 'Syrie', 'Siria'),
 ('COUNTRY', 'TCA', 'TC', 0, 'Turks & Caicos Islands', 'Îles Turques-et-Caïques', 'Islas Turcas y Caicos'),
 ('COUNTRY', 'TCD', 'TD', 0, 'Chad', 'Tchad', 'Chad'),
 ('COUNTRY', 'TGO', 'TG', 0, 'Togo', 'Togo', 'Togo'),
 ('COUNTRY', 'THA', 'TH', 0, 'Thailand', 'Thaïlande', 'Tailandia'),
 ('COUNTRY', 'TJK', 'TJ', 0, 'Tajikistan', 'Tadjikistan', 'Tayikistán'),
 ('COUNTRY', 'TKL', 'TK', 0, 'Tokelau', 'Tokelau', 'Tokelau'),
 ('COUNTRY', 'TKM', 'TM', 0, 'Turkmenistan', 'Turkménistan', 'Turkmenistán'),
 ('COUNTRY', 'TLS', 'TL', 0, 'Timor-Leste', 'Timor oriental', 'Timor-Leste'),
 ('COUNTRY', 'TON', 'TO', 0, 'Tonga', 'Tonga', 'Tonga'),
 ('COUNTRY', 'TTO', 'TT', 0, 'Trinidad & Tobago', 'Trinité-et-Tobago', 'Trinidad y Tobago'),
 ('COUNTRY', 'TUN', 'TN', 0, 'Tunisia', 'Tunisie', 'Túnez'),
 ('COUNTRY', 'TUR', 'TR', 0, 'Turkey', 'Turquie', 'Turquía'),
 ('COUNTRY', 'TUV', 'TV', 0, 'Tuvalu', 'Tuvalu', 'Tuvalu'),
 ('COUNTRY', 'TWN', 'TW', 0, 'Taiwan', 'Taïwan', 'Taiwán'),
 ('COUNTRY', 'TZA', 'TZ', 0, 'Tanzania', 'Tanzanie', 'Tanzania'),
 ('COUNTRY', 'UGA', 'UG', 0, 'Uganda', 'Ouganda', 'Uganda'),
 ('COUNTRY', 'UKR', 'UA', 0, 'Ukraine', 'Ukraine', 'Ucrania'),
 ('COUNTRY', 'UMI', 'UM', 0, 'U.S. Outlying Islands', 'Îles mineures éloignées des États-Unis', 'Islas menores alejadas de EE. UU.'),
 ('COUNTRY', 'URY', 'UY', 0, 'Uruguay', 'Uruguay', 'Uruguay'),
 ('COUNTRY', 'USA', 'US', 0, 'United States', 'États-Unis', 'Estados Unidos'),
 ('COUNTRY', 'UZB', 'UZ', 0, 'Uzbekistan', 'Ouzbékistan', 'Uzbekistán'),
 ('COUNTRY', 'VAT', 'VA', 0, 'Vatican City', 'État de la Cité du Vatican', 'Ciudad del Vaticano'),
 ('COUNTRY', 'VCT', 'VC', 0, 'St. Vincent & Grenadines', 'Saint-Vincent-et-les Grenadines', 'San Vicente y las Granadinas'),
 ('COUNTRY', 'VEN', 'VE', 0, 'Venezuela', 'Venezuela', 'Venezuela'),
 ('COUNTRY', 'VGB', 'VG', 0, 'British Virgin Islands', 'Îles Vierges britanniques', 'Islas Vírgenes Británicas'),
 ('COUNTRY', 'VIR', 'VI', 0, 'U.S. Virgin Islands', 'Îles Vierges des États-Unis', 'Islas Vírgenes de EE. UU.'),
 ('COUNTRY', 'VNM', 'VN', 0, 'Vietnam', 'Viêt Nam', 'Vietnam'),
 ('COUNTRY', 'VUT', 'VU', 0, 'Vanuatu', 'Vanuatu', 'Vanuatu'),
 ('COUNTRY', 'WLF', 'WF', 0, 'Wallis & Futuna', 'Wallis-et-Futuna', 'Wallis y Futuna'),
 ('COUNTRY', 'WSM', 'WS', 0, 'Samoa', 'Samoa', 'Samoa'),
 ('COUNTRY', 'YEM', 'YE', 0, 'Yemen', 'Yémen', 'Yemen'),
 ('COUNTRY', 'ZAF', 'ZA', 0, 'South Africa', 'Afrique du Sud', 'Sudáfrica'),
 ('COUNTRY', 'ZMB', 'ZM', 0, 'Zambia', 'Zambie', 'Zambia'),
 ('COUNTRY', 'ZWE', 'ZW', 0, 'Zimbabwe', 'Zimbabwe', 'Zimbabue');

-- NATIONALITY_SPECIAL. Source: ICAO Doc 9303 Part 3, codes for the nationality
-- field of travel documents that are not ISO 3166-1 countries.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('NATIONALITY_SPECIAL', 'XXA', 1, 'Stateless',               'Apatride',                'Apátrida'),
 ('NATIONALITY_SPECIAL', 'XXX', 2, 'Unspecified nationality', 'Nationalité non précisée', 'Nacionalidad no especificada');

-- SEX. Source: Camino (common practice). HTCDS records gender instead: see GENDER.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('SEX', 'FEMALE',  1, 'Female',                'Féminin',                 'Femenino'),
 ('SEX', 'MALE',    2, 'Male',                  'Masculin',                'Masculino'),
 ('SEX', 'OTHER',   3, 'Other',                 'Autre',                   'Otro'),
 ('SEX', 'UNKNOWN', 4, 'Unknown or not stated', 'Inconnu ou non déclaré',  'Desconocido o no declarado');

-- AGE_BAND. Source: Camino publication rules (DOMAIN.md); codes follow SDMX
-- CL_AGE (YxTy = x to y years, Y_GEx = x years or over, _U = unknown).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('AGE_BAND', 'Y0T4',   1, '0–4 years',          '0–4 ans',          '0–4 años'),
 ('AGE_BAND', 'Y5T9',   2, '5–9 years',          '5–9 ans',          '5–9 años'),
 ('AGE_BAND', 'Y10T14', 3, '10–14 years',        '10–14 ans',        '10–14 años'),
 ('AGE_BAND', 'Y15T17', 4, '15–17 years',        '15–17 ans',        '15–17 años'),
 ('AGE_BAND', 'Y18T24', 5, '18–24 years',        '18–24 ans',        '18–24 años'),
 ('AGE_BAND', 'Y25T34', 6, '25–34 years',        '25–34 ans',        '25–34 años'),
 ('AGE_BAND', 'Y35T44', 7, '35–44 years',        '35–44 ans',        '35–44 años'),
 ('AGE_BAND', 'Y45T59', 8, '45–59 years',        '45–59 ans',        '45–59 años'),
 ('AGE_BAND', 'Y_GE60', 9, '60 years and over',  '60 ans et plus',   '60 años y más'),
 ('AGE_BAND', '_U',    10, 'Age unknown',        'Âge inconnu',      'Edad desconocida');

-- AGE_BAND_CTDC. Source: CTDC broad age groups (0–8 ... 48+) of its
-- counter-trafficking microdata; codes follow SDMX CL_AGE as in AGE_BAND.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('AGE_BAND_CTDC', 'Y0T8',    1, '0–8 years',          '0–8 ans',         '0–8 años'),
 ('AGE_BAND_CTDC', 'Y9T17',   2, '9–17 years',         '9–17 ans',        '9–17 años'),
 ('AGE_BAND_CTDC', 'Y18T20',  3, '18–20 years',        '18–20 ans',       '18–20 años'),
 ('AGE_BAND_CTDC', 'Y21T23',  4, '21–23 years',        '21–23 ans',       '21–23 años'),
 ('AGE_BAND_CTDC', 'Y24T26',  5, '24–26 years',        '24–26 ans',       '24–26 años'),
 ('AGE_BAND_CTDC', 'Y27T29',  6, '27–29 years',        '27–29 ans',       '27–29 años'),
 ('AGE_BAND_CTDC', 'Y30T38',  7, '30–38 years',        '30–38 ans',       '30–38 años'),
 ('AGE_BAND_CTDC', 'Y39T47',  8, '39–47 years',        '39–47 ans',       '39–47 años'),
 ('AGE_BAND_CTDC', 'Y_GE48',  9, '48 years and over',  '48 ans et plus',  '48 años y más'),
 ('AGE_BAND_CTDC', '_U',     10, 'Age unknown',        'Âge inconnu',     'Edad desconocida');

-- HOUSEHOLD_RELATIONSHIP. Source: Camino (DOMAIN.md): relationship of a member
-- to the principal applicant of the household.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('HOUSEHOLD_RELATIONSHIP', 'SPOUSE',         1, 'Spouse or partner',        'Conjoint ou partenaire',              'Cónyuge o pareja'),
 ('HOUSEHOLD_RELATIONSHIP', 'CHILD',          2, 'Child',                    'Enfant',                              'Hijo o hija'),
 ('HOUSEHOLD_RELATIONSHIP', 'PARENT',         3, 'Parent',                   'Père ou mère',                        'Padre o madre'),
 ('HOUSEHOLD_RELATIONSHIP', 'SIBLING',        4, 'Brother or sister',        'Frère ou sœur',                       'Hermano o hermana'),
 ('HOUSEHOLD_RELATIONSHIP', 'OTHER_RELATIVE', 5, 'Other relative',           'Autre membre de la famille',          'Otro familiar'),
 ('HOUSEHOLD_RELATIONSHIP', 'OTHER',          6, 'Other (not related)',      'Autre (sans lien de parenté)',        'Otro (sin parentesco)');

-- VULNERABILITY. Source: Camino (DOMAIN.md).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('VULNERABILITY', 'UNACCOMPANIED_CHILD',   1, 'Unaccompanied child',        'Enfant non accompagné',            'Niño, niña o adolescente no acompañado'),
 ('VULNERABILITY', 'HEALTH_NEEDS',          2, 'Health-related needs',       'Besoins liés à la santé',          'Necesidades relacionadas con la salud'),
 ('VULNERABILITY', 'VICTIM_OF_TRAFFICKING', 3, 'Victim of trafficking',      'Victime de la traite',             'Víctima de trata'),
 ('VULNERABILITY', 'DISABILITY',            4, 'Person with a disability',   'Personne en situation de handicap', 'Persona con discapacidad'),
 ('VULNERABILITY', 'ELDERLY',               5, 'Older person',               'Personne âgée',                    'Persona mayor'),
 ('VULNERABILITY', 'SINGLE_PARENT',         6, 'Single parent',              'Parent isolé',                     'Madre o padre solo');

-- CASE_TYPE. Source: Camino. The code is the 3-letter TYPE part of case
-- numbers (KEN-AVR-2026-000123); alt_code is the matching programme area of
-- user_role.programme_area (V2).
insert into code_value (list_code, code, sort_order, alt_code, label_en, label_fr, label_es) values
 ('CASE_TYPE', 'RST', 1, 'resettlement', 'Resettlement',                                   'Réinstallation',                                    'Reasentamiento'),
 ('CASE_TYPE', 'AVR', 2, 'avrr',         'Assisted voluntary return and reintegration',    'Aide au retour volontaire et à la réintégration',   'Retorno voluntario asistido y reintegración'),
 ('CASE_TYPE', 'MHA', 3, 'health',       'Migration health assessment',                    'Évaluation sanitaire des migrants',                 'Evaluación de la salud de los migrantes'),
 ('CASE_TYPE', 'CTA', 4, 'trafficking',  'Counter-trafficking (victim assistance)',        'Lutte contre la traite (assistance aux victimes)',  'Lucha contra la trata (asistencia a víctimas)');

-- CONSENT_PURPOSE. Source: Camino; the HTCDS v2.0 consent guidance
-- (con_Consent) asks about the interview, the use of the data and its use for
-- research in non-identifying form.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('CONSENT_PURPOSE', 'INTERVIEW',                1, 'Interview (identification or assessment)',                        'Entretien (identification ou évaluation)',                                   'Entrevista (identificación o evaluación)'),
 ('CONSENT_PURPOSE', 'CASE_MANAGEMENT',          2, 'Processing of personal data for case management and assistance',  'Traitement des données personnelles pour la gestion du dossier et l''assistance', 'Tratamiento de datos personales para la gestión del caso y la asistencia'),
 ('CONSENT_PURPOSE', 'REFERRAL',                 3, 'Referral to other service providers',                             'Orientation vers d''autres prestataires de services',                        'Remisión a otros proveedores de servicios'),
 ('CONSENT_PURPOSE', 'SHARING_WITH_AUTHORITIES', 4, 'Sharing of data with the authorities of the countries concerned',  'Communication de données aux autorités des pays concernés',                  'Comunicación de datos a las autoridades de los países interesados'),
 ('CONSENT_PURPOSE', 'MEDICAL_EXAMINATION',      5, 'Medical examination',                                             'Examen médical',                                                             'Examen médico'),
 ('CONSENT_PURPOSE', 'HEALTH_DATA_SHARING',      6, 'Sharing of health assessment results with the receiving country', 'Communication des résultats de l''évaluation sanitaire au pays d''accueil',  'Comunicación de los resultados de la evaluación de salud al país receptor'),
 ('CONSENT_PURPOSE', 'FOLLOW_UP',                7, 'Follow-up contact and monitoring visits',                         'Prise de contact et visites de suivi',                                       'Contactos y visitas de seguimiento'),
 ('CONSENT_PURPOSE', 'RESEARCH_STATISTICS',      8, 'Use of non-identifying data for research and statistics',         'Utilisation de données non identifiantes à des fins de recherche et de statistique', 'Uso de datos no identificativos con fines de investigación y estadística');

-- CASE_CLOSURE_REASON. Source: Camino. (HTCDS records the reason for closure as
-- free text, cas_ReasonForCaseClosure; ClosedReferred there matches REFERRED.)
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('CASE_CLOSURE_REASON', 'ASSISTANCE_COMPLETED',     1, 'Assistance completed',                        'Assistance achevée',                          'Asistencia finalizada'),
 ('CASE_CLOSURE_REASON', 'WITHDRAWN',                2, 'Withdrawn by the beneficiary',                'Désistement du bénéficiaire',                 'Desistimiento de la persona beneficiaria'),
 ('CASE_CLOSURE_REASON', 'NOT_ELIGIBLE',             3, 'Not eligible',                                'Non éligible',                                'No cumple los requisitos'),
 ('CASE_CLOSURE_REASON', 'REJECTED_BY_AUTHORITIES',  4, 'Application rejected by the authorities',     'Demande rejetée par les autorités',           'Solicitud denegada por las autoridades'),
 ('CASE_CLOSURE_REASON', 'LOST_CONTACT',             5, 'Contact lost',                                'Perte de contact',                            'Pérdida de contacto'),
 ('CASE_CLOSURE_REASON', 'REFERRED',                 6, 'Referred to another organisation',            'Orienté vers une autre organisation',         'Remitido a otra organización'),
 ('CASE_CLOSURE_REASON', 'TRANSFERRED',              7, 'Transferred to another mission',              'Transféré à une autre mission',               'Transferido a otra misión'),
 ('CASE_CLOSURE_REASON', 'DECEASED',                 8, 'Beneficiary deceased',                        'Décès du bénéficiaire',                       'Fallecimiento de la persona beneficiaria'),
 ('CASE_CLOSURE_REASON', 'DUPLICATE',                9, 'Duplicate or opened in error',                'Doublon ou ouvert par erreur',                'Duplicado o abierto por error'),
 ('CASE_CLOSURE_REASON', 'OTHER',                   10, 'Other',                                       'Autre',                                       'Otro');

------------------------------------------------------------------------------
-- Movements
------------------------------------------------------------------------------

-- TRANSPORT_MEANS. Source: Camino (DOMAIN.md).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('TRANSPORT_MEANS', 'AIR',  1, 'Air',  'Voie aérienne',   'Vía aérea'),
 ('TRANSPORT_MEANS', 'LAND', 2, 'Land', 'Voie terrestre',  'Vía terrestre'),
 ('TRANSPORT_MEANS', 'SEA',  3, 'Sea',  'Voie maritime',   'Vía marítima');

-- ESCORT_TYPE. Source: Camino (DOMAIN.md).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('ESCORT_TYPE', 'MEDICAL',     1, 'Medical escort',     'Escorte médicale',      'Escolta médica'),
 ('ESCORT_TYPE', 'OPERATIONAL', 2, 'Operational escort', 'Escorte opérationnelle', 'Escolta operativa'),
 ('ESCORT_TYPE', 'NONE',        3, 'No escort',          'Sans escorte',          'Sin escolta');

-- MOVEMENT_STATUS. Source: Camino (DOMAIN.md).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('MOVEMENT_STATUS', 'PLANNED',   1, 'Planned',   'Prévu',        'Previsto'),
 ('MOVEMENT_STATUS', 'BOOKED',    2, 'Booked',    'Réservé',      'Reservado'),
 ('MOVEMENT_STATUS', 'DEPARTED',  3, 'Departed',  'Parti',        'Salida efectuada'),
 ('MOVEMENT_STATUS', 'ARRIVED',   4, 'Arrived',   'Arrivé',       'Llegada efectuada'),
 ('MOVEMENT_STATUS', 'CANCELLED', 5, 'Cancelled', 'Annulé',       'Cancelado'),
 ('MOVEMENT_STATUS', 'NO_SHOW',   6, 'No-show',   'Non présenté', 'No presentado');

-- MOVEMENT_LEG_TYPE. Source: Camino (DOMAIN.md).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('MOVEMENT_LEG_TYPE', 'ORIGIN',      1, 'Origin',      'Origine',     'Origen'),
 ('MOVEMENT_LEG_TYPE', 'TRANSIT',     2, 'Transit',     'Transit',     'Tránsito'),
 ('MOVEMENT_LEG_TYPE', 'DESTINATION', 3, 'Destination', 'Destination', 'Destino');

------------------------------------------------------------------------------
-- Resettlement
------------------------------------------------------------------------------

-- RESETTLEMENT_REFERRAL_SOURCE. Source: Camino (DOMAIN.md).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('RESETTLEMENT_REFERRAL_SOURCE', 'UNHCR_REFERRAL',         1, 'UNHCR referral',          'Dossier soumis par le HCR', 'Remisión del ACNUR'),
 ('RESETTLEMENT_REFERRAL_SOURCE', 'FAMILY_REUNIFICATION',   2, 'Family reunification',    'Regroupement familial',     'Reunificación familiar'),
 ('RESETTLEMENT_REFERRAL_SOURCE', 'PRIVATE_SPONSORSHIP',    3, 'Private sponsorship',     'Parrainage privé',          'Patrocinio privado'),
 ('RESETTLEMENT_REFERRAL_SOURCE', 'HUMANITARIAN_ADMISSION', 4, 'Humanitarian admission',  'Admission humanitaire',     'Admisión humanitaria'),
 ('RESETTLEMENT_REFERRAL_SOURCE', 'OTHER',                  5, 'Other',                   'Autre',                     'Otro');

-- RESETTLEMENT_STAGE. Source: Camino (DOMAIN.md), in processing order.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('RESETTLEMENT_STAGE', 'REFERRAL_RECEIVED',      1, 'Referral received',          'Dossier reçu',                      'Remisión recibida'),
 ('RESETTLEMENT_STAGE', 'INTERVIEW',              2, 'Interview',                  'Entretien',                         'Entrevista'),
 ('RESETTLEMENT_STAGE', 'HEALTH_ASSESSMENT',      3, 'Health assessment',          'Évaluation sanitaire',              'Evaluación de salud'),
 ('RESETTLEMENT_STAGE', 'SECURITY_VISA_DECISION', 4, 'Security and visa decision', 'Décision de sécurité et de visa',   'Decisión de seguridad y de visado'),
 ('RESETTLEMENT_STAGE', 'CULTURAL_ORIENTATION',   5, 'Cultural orientation',       'Orientation culturelle',            'Orientación cultural'),
 ('RESETTLEMENT_STAGE', 'TRAVEL_DOCUMENTS',       6, 'Travel documents',           'Documents de voyage',               'Documentos de viaje'),
 ('RESETTLEMENT_STAGE', 'DEPARTURE',              7, 'Departure',                  'Départ',                            'Salida'),
 ('RESETTLEMENT_STAGE', 'ARRIVAL',                8, 'Arrival',                    'Arrivée',                           'Llegada');

------------------------------------------------------------------------------
-- Assisted voluntary return and reintegration (AVRR)
------------------------------------------------------------------------------

-- AVRR_PROGRAMME. Source: Camino (DOMAIN.md).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('AVRR_PROGRAMME', 'AVRR',                          1, 'Assisted voluntary return and reintegration', 'Aide au retour volontaire et à la réintégration', 'Retorno voluntario asistido y reintegración'),
 ('AVRR_PROGRAMME', 'VOLUNTARY_HUMANITARIAN_RETURN', 2, 'Voluntary humanitarian return',               'Retour humanitaire volontaire',                   'Retorno humanitario voluntario');

-- MIGRANT_CATEGORY. Source: Camino (DOMAIN.md); ASYLUM_SEEKER (claim pending
-- or withdrawn) added so that such returns need not be recorded as rejected.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('MIGRANT_CATEGORY', 'REJECTED_ASYLUM_SEEKER', 1, 'Rejected asylum seeker',                     'Demandeur d''asile débouté',                        'Solicitante de asilo rechazado'),
 ('MIGRANT_CATEGORY', 'ASYLUM_SEEKER',          2, 'Asylum seeker (claim pending or withdrawn)',  'Demandeur d''asile (demande en cours ou retirée)',  'Solicitante de asilo (solicitud pendiente o retirada)'),
 ('MIGRANT_CATEGORY', 'IRREGULAR_MIGRANT',      3, 'Migrant in an irregular situation',          'Migrant en situation irrégulière',                  'Migrante en situación irregular'),
 ('MIGRANT_CATEGORY', 'STRANDED_MIGRANT',       4, 'Stranded migrant',                           'Migrant bloqué',                                    'Migrante varado'),
 ('MIGRANT_CATEGORY', 'REGULAR_MIGRANT',        5, 'Migrant in a regular situation',             'Migrant en situation régulière',                    'Migrante en situación regular'),
 ('MIGRANT_CATEGORY', 'VICTIM_OF_TRAFFICKING',  6, 'Victim of trafficking',                      'Victime de la traite',                              'Víctima de trata'),
 ('MIGRANT_CATEGORY', 'REFUGEE',                7, 'Refugee',                                    'Réfugié',                                           'Refugiado');

-- RETURN_REASON. Source: Camino.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('RETURN_REASON', 'FAMILY_REASONS',             1, 'Family reasons',                                      'Raisons familiales',                                   'Motivos familiares'),
 ('RETURN_REASON', 'HOMESICKNESS',               2, 'Homesickness',                                        'Mal du pays',                                          'Nostalgia del país de origen'),
 ('RETURN_REASON', 'LACK_OF_LEGAL_STATUS',       3, 'No legal status in the host country',                 'Absence de statut légal dans le pays d''accueil',      'Falta de situación legal en el país de acogida'),
 ('RETURN_REASON', 'ASYLUM_CLAIM_REJECTED',      4, 'Asylum claim rejected',                               'Demande d''asile rejetée',                             'Solicitud de asilo denegada'),
 ('RETURN_REASON', 'UNABLE_TO_FIND_WORK',        5, 'Unable to find work',                                 'Impossibilité de trouver du travail',                  'Imposibilidad de encontrar trabajo'),
 ('RETURN_REASON', 'POOR_LIVING_CONDITIONS',     6, 'Difficult living conditions in the host country',     'Conditions de vie difficiles dans le pays d''accueil', 'Condiciones de vida difíciles en el país de acogida'),
 ('RETURN_REASON', 'UNABLE_TO_REACH_DESTINATION',7, 'Unable to continue to the intended destination',      'Impossibilité de poursuivre vers la destination prévue', 'Imposibilidad de continuar hacia el destino previsto'),
 ('RETURN_REASON', 'DISCRIMINATION',             8, 'Discrimination or xenophobia',                        'Discrimination ou xénophobie',                         'Discriminación o xenofobia'),
 ('RETURN_REASON', 'HEALTH_REASONS',             9, 'Health reasons',                                      'Raisons de santé',                                     'Motivos de salud'),
 ('RETURN_REASON', 'SECURITY_IMPROVED_AT_HOME', 10, 'Security improved in the country of origin',          'Amélioration de la sécurité dans le pays d''origine',  'Mejora de la seguridad en el país de origen'),
 ('RETURN_REASON', 'END_OF_CONTRACT',           11, 'End of work contract',                                'Fin du contrat de travail',                            'Fin del contrato de trabajo'),
 ('RETURN_REASON', 'OTHER',                     12, 'Other',                                               'Autre',                                                'Otro');

-- REINTEGRATION_DIMENSION. Source: IOM integrated approach to reintegration
-- (Reintegration Handbook, 2019): economic, social and psychosocial dimensions.
-- Categories of REINTEGRATION_ASSISTANCE and dimensions of the sustainability score.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('REINTEGRATION_DIMENSION', 'ECONOMIC',     1, 'Economic',     'Économique',    'Económica'),
 ('REINTEGRATION_DIMENSION', 'SOCIAL',       2, 'Social',       'Sociale',       'Social'),
 ('REINTEGRATION_DIMENSION', 'PSYCHOSOCIAL', 3, 'Psychosocial', 'Psychosociale', 'Psicosocial');

-- REINTEGRATION_ASSISTANCE. Source: IOM integrated approach to reintegration;
-- items from DOMAIN.md, each under its REINTEGRATION_DIMENSION.
insert into code_value (list_code, code, sort_order, parent_list_code, parent_code, label_en, label_fr, label_es) values
 ('REINTEGRATION_ASSISTANCE', 'CASH',                1, 'REINTEGRATION_DIMENSION', 'ECONOMIC',     'Cash assistance',           'Aide en espèces',            'Asistencia en efectivo'),
 ('REINTEGRATION_ASSISTANCE', 'BUSINESS_START_UP',   2, 'REINTEGRATION_DIMENSION', 'ECONOMIC',     'Business start-up',         'Création d''entreprise',     'Creación de empresas'),
 ('REINTEGRATION_ASSISTANCE', 'VOCATIONAL_TRAINING', 3, 'REINTEGRATION_DIMENSION', 'ECONOMIC',     'Vocational training',       'Formation professionnelle',  'Formación profesional'),
 ('REINTEGRATION_ASSISTANCE', 'JOB_PLACEMENT',       4, 'REINTEGRATION_DIMENSION', 'ECONOMIC',     'Job placement',             'Placement en emploi',        'Inserción laboral'),
 ('REINTEGRATION_ASSISTANCE', 'HOUSING',             5, 'REINTEGRATION_DIMENSION', 'SOCIAL',       'Housing',                   'Logement',                   'Vivienda'),
 ('REINTEGRATION_ASSISTANCE', 'EDUCATION',           6, 'REINTEGRATION_DIMENSION', 'SOCIAL',       'Education',                 'Éducation',                  'Educación'),
 ('REINTEGRATION_ASSISTANCE', 'MEDICAL',             7, 'REINTEGRATION_DIMENSION', 'SOCIAL',       'Medical care',              'Soins médicaux',             'Atención médica'),
 ('REINTEGRATION_ASSISTANCE', 'LEGAL',               8, 'REINTEGRATION_DIMENSION', 'SOCIAL',       'Legal assistance',          'Assistance juridique',       'Asistencia jurídica'),
 ('REINTEGRATION_ASSISTANCE', 'COUNSELLING',         9, 'REINTEGRATION_DIMENSION', 'PSYCHOSOCIAL', 'Psychosocial counselling',  'Soutien psychosocial',       'Asesoramiento psicosocial');

-- ASSISTANCE_LEVEL. Source: IOM integrated approach to reintegration.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('ASSISTANCE_LEVEL', 'INDIVIDUAL', 1, 'Individual', 'Individuel',    'Individual'),
 ('ASSISTANCE_LEVEL', 'COMMUNITY',  2, 'Community',  'Communautaire', 'Comunitario'),
 ('ASSISTANCE_LEVEL', 'STRUCTURAL', 3, 'Structural', 'Structurel',    'Estructural');

-- MONITORING_VISIT. Source: Camino (DOMAIN.md); alt_code = months after return.
insert into code_value (list_code, code, sort_order, alt_code, label_en, label_fr, label_es) values
 ('MONITORING_VISIT', 'MONTH_3',  1, '3',  '3 months after return',  '3 mois après le retour',  '3 meses después del retorno'),
 ('MONITORING_VISIT', 'MONTH_6',  2, '6',  '6 months after return',  '6 mois après le retour',  '6 meses después del retorno'),
 ('MONITORING_VISIT', 'MONTH_12', 3, '12', '12 months after return', '12 mois après le retour', '12 meses después del retorno');

------------------------------------------------------------------------------
-- Migration health assessment
------------------------------------------------------------------------------

-- TB_CLASS. Source: US CDC Technical Instructions for Panel Physicians,
-- tuberculosis. Class B0 (pulmonary TB treated under directly observed therapy
-- during the panel evaluation) is in the current instructions though not in DOMAIN.md.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('TB_CLASS', 'NO_TB_CLASS',              1, 'No TB classification',                        'Aucune classification TB',                              'Sin clasificación de TB'),
 ('TB_CLASS', 'CLASS_A',                  2, 'Class A TB',                                  'TB de classe A',                                        'TB de clase A'),
 ('TB_CLASS', 'CLASS_B0_PULMONARY',       3, 'Class B0 TB, pulmonary (treated under DOT)',  'TB de classe B0, pulmonaire (traitée sous observation directe)', 'TB de clase B0, pulmonar (tratada con TDO)'),
 ('TB_CLASS', 'CLASS_B1_PULMONARY',       4, 'Class B1 TB, pulmonary',                      'TB de classe B1, pulmonaire',                           'TB de clase B1, pulmonar'),
 ('TB_CLASS', 'CLASS_B1_EXTRAPULMONARY',  5, 'Class B1 TB, extrapulmonary',                 'TB de classe B1, extrapulmonaire',                      'TB de clase B1, extrapulmonar'),
 ('TB_CLASS', 'CLASS_B2_LTBI',            6, 'Class B2 TB, latent TB infection',            'TB de classe B2, infection tuberculeuse latente',       'TB de clase B2, infección tuberculosa latente'),
 ('TB_CLASS', 'CLASS_B3_CONTACT',         7, 'Class B3 TB, contact evaluation',             'TB de classe B3, évaluation d''un contact',             'TB de clase B3, evaluación de contacto');

-- HEALTH_CONDITION. Source: US CDC Technical Instructions for Panel Physicians
-- (communicable diseases of public health significance, vaccination, physical
-- or mental disorders, substance use); tuberculosis is coded in TB_CLASS.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('HEALTH_CONDITION', 'SYPHILIS_INFECTIOUS',          1, 'Infectious syphilis',                                   'Syphilis infectieuse',                                        'Sífilis infecciosa'),
 ('HEALTH_CONDITION', 'GONORRHOEA',                   2, 'Gonorrhoea',                                            'Gonorrhée',                                                   'Gonorrea'),
 ('HEALTH_CONDITION', 'HANSENS_DISEASE_INFECTIOUS',   3, 'Infectious Hansen''s disease (leprosy)',                'Maladie de Hansen (lèpre) infectieuse',                       'Enfermedad de Hansen (lepra) infecciosa'),
 ('HEALTH_CONDITION', 'HEPATITIS_B',                  4, 'Hepatitis B',                                           'Hépatite B',                                                  'Hepatitis B'),
 ('HEALTH_CONDITION', 'MISSING_VACCINATIONS',         5, 'Missing required vaccinations',                         'Vaccinations requises manquantes',                            'Vacunas obligatorias pendientes'),
 ('HEALTH_CONDITION', 'DISORDER_HARMFUL_BEHAVIOUR',   6, 'Physical or mental disorder with harmful behaviour',    'Trouble physique ou mental associé à un comportement dangereux', 'Trastorno físico o mental con comportamiento peligroso'),
 ('HEALTH_CONDITION', 'SUBSTANCE_USE_DISORDER',       7, 'Substance use disorder',                                'Trouble lié à l''usage de substances',                        'Trastorno por consumo de sustancias');

-- HEALTH_OUTCOME. Source: Camino (DOMAIN.md); the two ways of being fit with
-- conditions are children of FIT_WITH_CONDITIONS in the same list.
insert into code_value (list_code, code, sort_order, parent_list_code, parent_code, label_en, label_fr, label_es) values
 ('HEALTH_OUTCOME', 'FIT_TO_TRAVEL',           1, null,             null,                  'Fit to travel',                      'Apte au voyage',                       'Apto para viajar'),
 ('HEALTH_OUTCOME', 'FIT_WITH_CONDITIONS',     2, null,             null,                  'Fit to travel with conditions',      'Apte au voyage sous conditions',       'Apto para viajar con condiciones'),
 ('HEALTH_OUTCOME', 'FIT_WITH_MEDICAL_ESCORT', 3, 'HEALTH_OUTCOME', 'FIT_WITH_CONDITIONS', 'Fit to travel with a medical escort', 'Apte au voyage avec escorte médicale', 'Apto para viajar con escolta médica'),
 ('HEALTH_OUTCOME', 'FIT_AFTER_TREATMENT',     4, 'HEALTH_OUTCOME', 'FIT_WITH_CONDITIONS', 'Fit to travel after treatment',      'Apte au voyage après traitement',      'Apto para viajar tras el tratamiento'),
 ('HEALTH_OUTCOME', 'UNFIT',                   5, null,             null,                  'Unfit to travel',                    'Inapte au voyage',                     'No apto para viajar'),
 ('HEALTH_OUTCOME', 'DEFERRED',                6, null,             null,                  'Decision deferred',                  'Décision différée',                    'Decisión aplazada');

-- VACCINE. Source: Camino: vaccines of routine immunization schedules and of
-- receiving countries' vaccination requirements for immigrants.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('VACCINE', 'MMR',           1, 'Measles, mumps and rubella (MMR)',                    'Rougeole, oreillons et rubéole (ROR)',                     'Sarampión, parotiditis y rubéola (SRP)'),
 ('VACCINE', 'POLIO',         2, 'Polio (OPV/IPV)',                                     'Poliomyélite (VPO/VPI)',                                   'Poliomielitis (VPO/VPI)'),
 ('VACCINE', 'DTP',           3, 'Diphtheria, tetanus and pertussis, children (DTaP/DTP)', 'Diphtérie, tétanos et coqueluche, enfants (DTCa/DTC)', 'Difteria, tétanos y tos ferina, niños (DTPa/DTP)'),
 ('VACCINE', 'TD_TDAP',       4, 'Tetanus and diphtheria (Td) or with pertussis (Tdap)', 'Tétanos et diphtérie (dT) ou avec coqueluche (dTca)',     'Tétanos y difteria (Td) o con tos ferina (Tdpa)'),
 ('VACCINE', 'HEPATITIS_B',   5, 'Hepatitis B',                                         'Hépatite B',                                               'Hepatitis B'),
 ('VACCINE', 'VARICELLA',     6, 'Varicella (chickenpox)',                              'Varicelle',                                                'Varicela'),
 ('VACCINE', 'INFLUENZA',     7, 'Influenza',                                           'Grippe',                                                   'Gripe'),
 ('VACCINE', 'COVID_19',      8, 'COVID-19',                                            'COVID-19',                                                 'COVID-19'),
 ('VACCINE', 'PNEUMOCOCCAL',  9, 'Pneumococcal',                                        'Pneumocoque',                                              'Neumococo'),
 ('VACCINE', 'HIB',          10, 'Haemophilus influenzae type b (Hib)',                 'Haemophilus influenzae de type b (Hib)',                   'Haemophilus influenzae tipo b (Hib)'),
 ('VACCINE', 'ROTAVIRUS',    11, 'Rotavirus',                                           'Rotavirus',                                                'Rotavirus'),
 ('VACCINE', 'MENINGOCOCCAL',12, 'Meningococcal',                                       'Méningocoque',                                             'Meningococo'),
 ('VACCINE', 'HPV',          13, 'Human papillomavirus (HPV)',                          'Papillomavirus humain (VPH)',                              'Virus del papiloma humano (VPH)'),
 ('VACCINE', 'HEPATITIS_A',  14, 'Hepatitis A',                                         'Hépatite A',                                               'Hepatitis A'),
 ('VACCINE', 'BCG',          15, 'BCG (tuberculosis)',                                  'BCG (tuberculose)',                                        'BCG (tuberculosis)');

------------------------------------------------------------------------------
-- Counter-trafficking: HTCDS v2.0 (shared/htcds). Codes are the standard's
-- "Value Names" exactly as it spells them; English labels are its "Value
-- Labels" (sentence case).
------------------------------------------------------------------------------

-- GENDER. Source: HTCDS v2.0, prs_Gender.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('GENDER', 'Feminine',              1, 'Feminine',                  'Féminin',                 'Femenino'),
 ('GENDER', 'Masculine',             2, 'Masculine',                 'Masculin',                'Masculino'),
 ('GENDER', 'TransgenderFeminine',   3, 'Transgender feminine',      'Transgenre féminin',      'Transgénero femenino'),
 ('GENDER', 'TransgenderMasculine',  4, 'Transgender masculine',     'Transgenre masculin',     'Transgénero masculino'),
 ('GENDER', 'NonConforming',         5, 'Non-conforming',            'Non conforme',            'No conforme'),
 ('GENDER', 'NonSpecifiedUnknown',   6, 'Not specified/unknown',     'Non précisé/inconnu',     'No especificado/desconocido');

-- MARITAL_STATUS. Source: HTCDS v2.0, prs_MaritalStatus.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('MARITAL_STATUS', 'Single',                1, 'Single',                 'Célibataire',           'Soltero/a'),
 ('MARITAL_STATUS', 'Married',               2, 'Married',                'Marié/e',               'Casado/a'),
 ('MARITAL_STATUS', 'Widowed',               3, 'Widowed',                'Veuf/veuve',            'Viudo/a'),
 ('MARITAL_STATUS', 'Divorced',              4, 'Divorced',               'Divorcé/e',             'Divorciado/a'),
 ('MARITAL_STATUS', 'Separated',             5, 'Separated',              'Séparé/e',              'Separado/a'),
 ('MARITAL_STATUS', 'RegisteredPartnership', 6, 'Registered partnership', 'Partenariat enregistré', 'Pareja de hecho registrada');

-- EDUCATION_LEVEL. Source: HTCDS v2.0, prs_HighestLevelOfEducation, after
-- ISCED 2011 (alt_code: ISCED level; French and Spanish labels of CITE/CINE 2011).
insert into code_value (list_code, code, sort_order, alt_code, label_en, label_fr, label_es) values
 ('EDUCATION_LEVEL', 'EarlyChildhoodEducation',           1, '0', 'Early childhood education',           'Éducation de la petite enfance',                     'Educación de la primera infancia'),
 ('EDUCATION_LEVEL', 'PrimaryEducation',                  2, '1', 'Primary education',                   'Enseignement primaire',                              'Educación primaria'),
 ('EDUCATION_LEVEL', 'LowerSecondaryEducation',           3, '2', 'Lower secondary education',           'Premier cycle de l''enseignement secondaire',        'Educación secundaria baja'),
 ('EDUCATION_LEVEL', 'UpperSecondaryEducation',           4, '3', 'Upper secondary education',           'Deuxième cycle de l''enseignement secondaire',       'Educación secundaria alta'),
 ('EDUCATION_LEVEL', 'PostSecondaryNonTertiaryEducation', 5, '4', 'Post-secondary non-tertiary education', 'Enseignement post-secondaire non supérieur',       'Educación postsecundaria no terciaria'),
 ('EDUCATION_LEVEL', 'ShortCycleTertiaryEducation',       6, '5', 'Short-cycle tertiary education',      'Enseignement supérieur de cycle court',              'Educación terciaria de ciclo corto'),
 ('EDUCATION_LEVEL', 'BachelorsOrEquivalentLevel',        7, '6', 'Bachelor’s or equivalent level',      'Niveau licence ou équivalent',                       'Grado en educación terciaria o nivel equivalente'),
 ('EDUCATION_LEVEL', 'MastersOrEquivalentLevel',          8, '7', 'Master’s or equivalent level',        'Niveau master ou équivalent',                        'Nivel de maestría, especialización o equivalente'),
 ('EDUCATION_LEVEL', 'DoctoralOrEquivalentLevel',         9, '8', 'Doctoral or equivalent level',        'Niveau doctorat ou équivalent',                      'Nivel de doctorado o equivalente');

-- TRAFFICKING_STATUS. Source: HTCDS v2.0, vic_TraffickingStatus.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('TRAFFICKING_STATUS', 'PossibleVictimOfTrafficking', 1, 'Possible victim of trafficking', 'Victime potentielle de la traite', 'Posible víctima de trata'),
 ('TRAFFICKING_STATUS', 'ActualVictimOfTrafficking',   2, 'Actual victim of trafficking',   'Victime avérée de la traite',      'Víctima de trata confirmada'),
 ('TRAFFICKING_STATUS', 'NotAVictimOfTrafficking',     3, 'Not a victim of trafficking',    'Non-victime de la traite',         'No es víctima de trata');

-- TRAFFICKING_STATUS_DECIDER. Source: HTCDS v2.0, vic_TraffickingStatusDecisionMakingOrg.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('TRAFFICKING_STATUS_DECIDER', 'Police',                            1, 'Police',                                'Police',                                       'Policía'),
 ('TRAFFICKING_STATUS_DECIDER', 'NGO',                               2, 'NGO',                                   'ONG',                                          'ONG'),
 ('TRAFFICKING_STATUS_DECIDER', 'CourtOrProsecution',                3, 'Court or prosecution',                  'Tribunal ou ministère public',                 'Tribunal o fiscalía'),
 ('TRAFFICKING_STATUS_DECIDER', 'NonPoliceGovernmentalOrganization', 4, 'Non-police governmental organization',  'Organisme gouvernemental autre que la police', 'Organismo gubernamental no policial'),
 ('TRAFFICKING_STATUS_DECIDER', 'Other',                             5, 'Other',                                 'Autre',                                        'Otro');

-- RELATIONSHIP_TO_TRAFFICKER. Source: HTCDS v2.0, vic_RelationshipToTrafficker.
-- 'Unaquainted' is the standard's own spelling of the code and is kept; the
-- English label is spelt correctly.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('RELATIONSHIP_TO_TRAFFICKER', 'Familial',    1, 'Familial',     'Lien familial',   'Familiar'),
 ('RELATIONSHIP_TO_TRAFFICKER', 'Acquainted',  2, 'Acquainted',   'Connaissance',    'Conocido'),
 ('RELATIONSHIP_TO_TRAFFICKER', 'Unaquainted', 3, 'Unacquainted', 'Inconnu de la victime', 'Desconocido para la víctima');

-- RECRUITMENT_METHOD. Source: HTCDS v2.0, vic_MethodOfRecruitment.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('RECRUITMENT_METHOD', 'AtAPlaceOfBusiness',            1, 'At a place of business',            'Dans un commerce',                                   'En un establecimiento comercial'),
 ('RECRUITMENT_METHOD', 'AtAnEducationalInstitution',    2, 'At an educational institution',     'Dans un établissement d''enseignement',              'En un centro educativo'),
 ('RECRUITMENT_METHOD', 'AtWork',                        3, 'At work',                           'Sur le lieu de travail',                             'En el lugar de trabajo'),
 ('RECRUITMENT_METHOD', 'ThroughOnlineSocialNetworks',   4, 'Through online social networks',    'Par les réseaux sociaux en ligne',                   'A través de redes sociales en línea'),
 ('RECRUITMENT_METHOD', 'ThroughAnOnlineAdvertisement',  5, 'Through an online advertisement',   'Par une annonce en ligne',                           'A través de un anuncio en línea'),
 ('RECRUITMENT_METHOD', 'ThroughATelevisionAdvert',      6, 'Through a television advert',       'Par une publicité télévisée',                        'A través de un anuncio de televisión'),
 ('RECRUITMENT_METHOD', 'ThroughANewspaperAdvert',       7, 'Through a newspaper advert',        'Par une annonce dans un journal',                    'A través de un anuncio en un periódico'),
 ('RECRUITMENT_METHOD', 'ThroughFamilyOrFamilyEvents',   8, 'Through family or family events',   'Par la famille ou lors d''événements familiaux',     'A través de la familia o de eventos familiares'),
 ('RECRUITMENT_METHOD', 'ThroughFriendsOrSocialEvents',  9, 'Through friends or social events',  'Par des amis ou lors d''événements sociaux',         'A través de amigos o de eventos sociales'),
 ('RECRUITMENT_METHOD', 'Other',                        10, 'Other',                             'Autre',                                              'Otro');

-- ONLINE_PLATFORM. Source: HTCDS v2.0, vic_RecruitmentWebsitesAndApps and
-- vic_ExploitationWebsitesAndApps (same values; the standard allows more
-- platforms to be added). Product names are not translated.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('ONLINE_PLATFORM', 'Facebook',           1, 'Facebook',           'Facebook',           'Facebook'),
 ('ONLINE_PLATFORM', 'Instagram',          2, 'Instagram',          'Instagram',          'Instagram'),
 ('ONLINE_PLATFORM', 'WhatsApp',           3, 'WhatsApp',           'WhatsApp',           'WhatsApp'),
 ('ONLINE_PLATFORM', 'Telegram',           4, 'Telegram',           'Telegram',           'Telegram'),
 ('ONLINE_PLATFORM', 'FacebookMessenger',  5, 'Facebook Messenger', 'Facebook Messenger', 'Facebook Messenger'),
 ('ONLINE_PLATFORM', 'Viber',              6, 'Viber',              'Viber',              'Viber'),
 ('ONLINE_PLATFORM', 'SnapChat',           7, 'Snapchat',           'Snapchat',           'Snapchat'),
 ('ONLINE_PLATFORM', 'Line',               8, 'LINE',               'LINE',               'LINE'),
 ('ONLINE_PLATFORM', '4Sale',              9, '4Sale',              '4Sale',              '4Sale'),
 ('ONLINE_PLATFORM', 'WeChat',            10, 'WeChat',             'WeChat',             'WeChat'),
 ('ONLINE_PLATFORM', 'QQ',                11, 'QQ',                 'QQ',                 'QQ'),
 ('ONLINE_PLATFORM', 'QZone',             12, 'Qzone',              'Qzone',              'Qzone'),
 ('ONLINE_PLATFORM', 'TikTok',            13, 'TikTok',             'TikTok',             'TikTok'),
 ('ONLINE_PLATFORM', 'Twitter',           14, 'Twitter (X)',        'Twitter (X)',        'Twitter (X)'),
 ('ONLINE_PLATFORM', 'Other',             15, 'Other',              'Autre',              'Otra');

-- CONTROL_METHOD. Source: HTCDS v2.0, vic_MethodsOfControl picklist (16 values).
-- RestrictsMovement and UsesChildren are defined in the HTCDS field
-- definitions (MethodsOfControlRestrictsMovement, MethodsOfControlUsesChildren)
-- but missing from the picklist; they are added with those names.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('CONTROL_METHOD', 'PhysicalThreats',           1, 'Physical threats',                 'Menaces physiques',                                   'Amenazas físicas'),
 ('CONTROL_METHOD', 'ThreatsLawEnforcement',     2, 'Threats of law enforcement',       'Menaces de recours aux autorités',                    'Amenazas de denuncia ante las autoridades'),
 ('CONTROL_METHOD', 'ThreatensChildrenFamily',   3, 'Threatens children/family',        'Menaces envers les enfants ou la famille',            'Amenazas contra los hijos o la familia'),
 ('CONTROL_METHOD', 'DebtBondage',               4, 'Debt bondage',                     'Servitude pour dettes',                               'Servidumbre por deudas'),
 ('CONTROL_METHOD', 'FalsePromises',             5, 'False promises',                   'Fausses promesses',                                   'Falsas promesas'),
 ('CONTROL_METHOD', 'PhysicalAbuse',             6, 'Physical abuse',                   'Violences physiques',                                 'Maltrato físico'),
 ('CONTROL_METHOD', 'SexualAbuse',               7, 'Sexual abuse',                     'Violences sexuelles',                                 'Abuso sexual'),
 ('CONTROL_METHOD', 'TakesEarnings',             8, 'Takes earnings',                   'Confiscation des gains',                              'Apropiación de los ingresos'),
 ('CONTROL_METHOD', 'RestrictsFinancialAccess',  9, 'Restricts financial access',       'Restriction de l''accès aux ressources financières',  'Restricción del acceso a recursos financieros'),
 ('CONTROL_METHOD', 'RestrictsMedicalCare',     10, 'Restricts medical care',           'Restriction de l''accès aux soins médicaux',          'Restricción del acceso a la atención médica'),
 ('CONTROL_METHOD', 'WithholdsNecessities',     11, 'Withholds necessities',            'Privation des produits de première nécessité',        'Privación de necesidades básicas'),
 ('CONTROL_METHOD', 'PsychologicalAbuse',       12, 'Psychological abuse',              'Violences psychologiques',                            'Maltrato psicológico'),
 ('CONTROL_METHOD', 'PsychoactiveSubstance',    13, 'Psychoactive substance',           'Substances psychoactives',                            'Sustancias psicoactivas'),
 ('CONTROL_METHOD', 'ExcessiveWorkingHours',    14, 'Excessive working hours',          'Horaires de travail excessifs',                       'Jornadas laborales excesivas'),
 ('CONTROL_METHOD', 'WithholdsDocuments',       15, 'Withholds documents',              'Confiscation des documents',                          'Retención de documentos'),
 ('CONTROL_METHOD', 'RestrictsMovement',        16, 'Restricts movement',               'Restriction de la liberté de mouvement',              'Restricción de la libertad de movimiento'),
 ('CONTROL_METHOD', 'UsesChildren',             17, 'Uses children (limits access to them)', 'Utilisation des enfants (accès restreint)',        'Uso de los hijos (acceso restringido)'),
 ('CONTROL_METHOD', 'Other',                    18, 'Other',                            'Autre',                                               'Otro');

-- EXPLOITATION_TYPE. Source: HTCDS v2.0, vic_TypeOfExploitation.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('EXPLOITATION_TYPE', 'ForcedLabour',                   1, 'Forced labour',                         'Travail forcé',                                          'Trabajo forzoso'),
 ('EXPLOITATION_TYPE', 'SexualExploitation',             2, 'Sexual exploitation',                   'Exploitation sexuelle',                                  'Explotación sexual'),
 ('EXPLOITATION_TYPE', 'ChildLabour',                    3, 'Child labour',                          'Travail des enfants',                                    'Trabajo infantil'),
 ('EXPLOITATION_TYPE', 'ForcedMarriage',                 4, 'Forced marriage',                       'Mariage forcé',                                          'Matrimonio forzado'),
 ('EXPLOITATION_TYPE', 'Servitude',                      5, 'Servitude',                             'Servitude',                                              'Servidumbre'),
 ('EXPLOITATION_TYPE', 'ForcedMilitaryByNonStateActors', 6, 'Forced military (by non-state actors)', 'Enrôlement militaire forcé (par des acteurs non étatiques)', 'Reclutamiento militar forzoso (por actores no estatales)'),
 ('EXPLOITATION_TYPE', 'OrganRemoval',                   7, 'Organ removal',                         'Prélèvement d''organes',                                 'Extracción de órganos'),
 ('EXPLOITATION_TYPE', 'ForcedBegging',                  8, 'Forced begging',                        'Mendicité forcée',                                       'Mendicidad forzada'),
 ('EXPLOITATION_TYPE', 'ForcedAdoption',                 9, 'Forced adoption',                       'Adoption forcée',                                        'Adopción forzada'),
 ('EXPLOITATION_TYPE', 'Surrogacy',                     10, 'Surrogacy',                             'Gestation pour autrui',                                  'Gestación subrogada'),
 ('EXPLOITATION_TYPE', 'Other',                         11, 'Other',                                 'Autre',                                                  'Otro');

-- FORCED_LABOUR_INDUSTRY. Source: HTCDS v2.0, vic_ForcedLabourIndustry: ISIC
-- Rev. 4 sections A–U (alt_code: section letter; French and Spanish titles of
-- CITI rév. 4 / CIIU Rev. 4). The optional Tier 2/3 sub-levels of the HTCDS
-- field definitions have no codes in the standard and are not included.
insert into code_value (list_code, code, sort_order, alt_code, parent_list_code, parent_code, label_en, label_fr, label_es) values
 ('FORCED_LABOUR_INDUSTRY', 'A_AgricultureForestryAndFishing',                  1, 'A', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Agriculture, forestry and fishing',                            'Agriculture, sylviculture et pêche',                                          'Agricultura, ganadería, silvicultura y pesca'),
 ('FORCED_LABOUR_INDUSTRY', 'B_MiningAndQuarrying',                             2, 'B', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Mining and quarrying',                                         'Activités extractives',                                                       'Explotación de minas y canteras'),
 ('FORCED_LABOUR_INDUSTRY', 'C_Manufacturing',                                  3, 'C', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Manufacturing',                                                'Activités de fabrication',                                                    'Industrias manufactureras'),
 ('FORCED_LABOUR_INDUSTRY', 'D_ElectricityGasSteamAndAirConditioningSupply',    4, 'D', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Electricity, gas, steam and air conditioning supply',          'Production et distribution d''électricité, de gaz, de vapeur et climatisation', 'Suministro de electricidad, gas, vapor y aire acondicionado'),
 ('FORCED_LABOUR_INDUSTRY', 'E_WaterSupplySewerageWasteManagement',             5, 'E', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Water supply; sewerage, waste management and remediation',     'Distribution d''eau; réseau d''assainissement; gestion des déchets et remise en état', 'Suministro de agua; evacuación de aguas residuales, gestión de desechos y descontaminación'),
 ('FORCED_LABOUR_INDUSTRY', 'F_Construction',                                   6, 'F', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Construction',                                                 'Construction',                                                                'Construcción'),
 ('FORCED_LABOUR_INDUSTRY', 'G_WholesaleAndRetailTradeRepairOfMotorVehicles',   7, 'G', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Wholesale and retail trade; repair of motor vehicles and motorcycles', 'Commerce de gros et de détail; réparation de véhicules automobiles et de motocycles', 'Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas'),
 ('FORCED_LABOUR_INDUSTRY', 'H_TransportationAndStorage',                       8, 'H', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Transportation and storage',                                   'Transport et entreposage',                                                    'Transporte y almacenamiento'),
 ('FORCED_LABOUR_INDUSTRY', 'I_AccommodationAndFoodServiceActivities',          9, 'I', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Accommodation and food service activities',                    'Activités d''hébergement et de restauration',                                 'Actividades de alojamiento y de servicio de comidas'),
 ('FORCED_LABOUR_INDUSTRY', 'J_InformationAndCommunication',                   10, 'J', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Information and communication',                                'Information et communication',                                                'Información y comunicaciones'),
 ('FORCED_LABOUR_INDUSTRY', 'K_FinancialAndInsuranceActivities',               11, 'K', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Financial and insurance activities',                           'Activités financières et d''assurance',                                       'Actividades financieras y de seguros'),
 ('FORCED_LABOUR_INDUSTRY', 'L_RealEstateActivities',                          12, 'L', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Real estate activities',                                       'Activités immobilières',                                                      'Actividades inmobiliarias'),
 ('FORCED_LABOUR_INDUSTRY', 'M_ProfessionalScientificAndTechnicalActivities',  13, 'M', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Professional, scientific and technical activities',            'Activités professionnelles, scientifiques et techniques',                     'Actividades profesionales, científicas y técnicas'),
 ('FORCED_LABOUR_INDUSTRY', 'N_AdministrativeAndSupportServiceActivities',     14, 'N', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Administrative and support service activities',                'Activités de services administratifs et d''appui',                            'Actividades de servicios administrativos y de apoyo'),
 ('FORCED_LABOUR_INDUSTRY', 'O_PublicAdministrationAndDefence',                15, 'O', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Public administration and defence; compulsory social security', 'Administration publique et défense; sécurité sociale obligatoire',           'Administración pública y defensa; planes de seguridad social de afiliación obligatoria'),
 ('FORCED_LABOUR_INDUSTRY', 'P_Education',                                     16, 'P', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Education',                                                    'Enseignement',                                                                'Enseñanza'),
 ('FORCED_LABOUR_INDUSTRY', 'Q_HumanHealthAndSocialWorkActivities',            17, 'Q', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Human health and social work activities',                      'Activités pour la santé humaine et l''action sociale',                        'Actividades de atención de la salud humana y de asistencia social'),
 ('FORCED_LABOUR_INDUSTRY', 'R_ArtsEntertainmentAndRecreation',                18, 'R', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Arts, entertainment and recreation',                           'Arts, spectacles et loisirs',                                                 'Actividades artísticas, de entretenimiento y recreativas'),
 ('FORCED_LABOUR_INDUSTRY', 'S_OtherServiceActivities',                        19, 'S', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Other service activities',                                     'Autres activités de services',                                                'Otras actividades de servicios'),
 ('FORCED_LABOUR_INDUSTRY', 'T_ActivitiesOfHouseholdsAsEmployers',             20, 'T', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use', 'Activités des ménages privés employant du personnel domestique; activités non différenciées de production de biens et de services des ménages privés pour usage propre', 'Actividades de los hogares como empleadores; actividades no diferenciadas de los hogares como productores de bienes y servicios para uso propio'),
 ('FORCED_LABOUR_INDUSTRY', 'U_ActivitiesOfExtraterritorialOrganizations',     21, 'U', 'EXPLOITATION_TYPE', 'ForcedLabour', 'Activities of extraterritorial organizations and bodies',      'Activités des organisations et organismes extraterritoriaux',                 'Actividades de organizaciones y órganos extraterritoriales');

-- SEX_EXPLOITATION_TYPE. Source: HTCDS v2.0, vic_TypeOfSexExploitation.
insert into code_value (list_code, code, sort_order, parent_list_code, parent_code, label_en, label_fr, label_es) values
 ('SEX_EXPLOITATION_TYPE', 'Prostitution',              1, 'EXPLOITATION_TYPE', 'SexualExploitation', 'Prostitution',                'Prostitution',                              'Prostitución'),
 ('SEX_EXPLOITATION_TYPE', 'Pornography',               2, 'EXPLOITATION_TYPE', 'SexualExploitation', 'Pornography',                 'Pornographie',                              'Pornografía'),
 ('SEX_EXPLOITATION_TYPE', 'RemoteInteractiveServices', 3, 'EXPLOITATION_TYPE', 'SexualExploitation', 'Remote interactive services',  'Services sexuels interactifs à distance',  'Servicios sexuales interactivos a distancia'),
 ('SEX_EXPLOITATION_TYPE', 'PrivateSexualServices',     4, 'EXPLOITATION_TYPE', 'SexualExploitation', 'Private sexual services',      'Services sexuels privés',                  'Servicios sexuales privados');

-- TRAFFICKING_EVENT_TYPE. Source: HTCDS v2.0, hte_Type (historic trafficking events).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('TRAFFICKING_EVENT_TYPE', 'Recruitment',  1, 'Recruitment',  'Recrutement',  'Captación'),
 ('TRAFFICKING_EVENT_TYPE', 'Transit',      2, 'Transit',      'Transit',      'Tránsito'),
 ('TRAFFICKING_EVENT_TYPE', 'Exploitation', 3, 'Exploitation', 'Exploitation', 'Explotación');

-- SUPPORT_PLAN_TYPE. Source: HTCDS v2.0, spl_Type.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('SUPPORT_PLAN_TYPE', 'Education',                        1, 'Education',                           'Éducation',                                    'Educación'),
 ('SUPPORT_PLAN_TYPE', 'Financial',                        2, 'Financial',                           'Soutien financier',                            'Apoyo financiero'),
 ('SUPPORT_PLAN_TYPE', 'Health',                           3, 'Health',                              'Santé',                                        'Salud'),
 ('SUPPORT_PLAN_TYPE', 'LabourExploitationRehabilitation', 4, 'Labour exploitation rehabilitation',  'Réadaptation après exploitation par le travail', 'Rehabilitación tras explotación laboral'),
 ('SUPPORT_PLAN_TYPE', 'Legal',                            5, 'Legal',                               'Juridique',                                    'Jurídico'),
 ('SUPPORT_PLAN_TYPE', 'Livelihood',                       6, 'Livelihood',                          'Moyens de subsistance',                        'Medios de vida'),
 ('SUPPORT_PLAN_TYPE', 'RightsBasedTraining',              7, 'Rights-based training',               'Formation fondée sur les droits',              'Formación basada en derechos'),
 ('SUPPORT_PLAN_TYPE', 'SexualExploitationRehabilitation', 8, 'Sexual exploitation rehabilitation',  'Réadaptation après exploitation sexuelle',     'Rehabilitación tras explotación sexual'),
 ('SUPPORT_PLAN_TYPE', 'SocialCare',                       9, 'Social care',                         'Aide sociale',                                 'Atención social');

-- CT_CASE_STATUS. Source: HTCDS v2.0, cas_Status.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('CT_CASE_STATUS', 'Active',         1, 'Active',            'Actif',                'Activo'),
 ('CT_CASE_STATUS', 'FollowUp',       2, 'Follow-up',         'Suivi',                'Seguimiento'),
 ('CT_CASE_STATUS', 'Closed',         3, 'Closed',            'Clôturé',              'Cerrado'),
 ('CT_CASE_STATUS', 'ClosedReferred', 4, 'Closed – referred', 'Clôturé – orienté',    'Cerrado – remitido');

-- REFERRAL_REASON. Source: HTCDS v2.0, cas_ReasonForIncomingReferral and
-- cas_ReasonForOutgoingReferral (same values).
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('REFERRAL_REASON', 'AdditionalServicesRequired',  1, 'Additional services required',     'Services supplémentaires nécessaires', 'Se requieren servicios adicionales'),
 ('REFERRAL_REASON', 'MigrationOrChangeOfLocation', 2, 'Migration or change of location',  'Migration ou changement de lieu',      'Migración o cambio de ubicación'),
 ('REFERRAL_REASON', 'Other',                       3, 'Other',                            'Autre',                                'Otro');

-- REFERRAL_DIRECTION. Source: Camino, after HTCDS v2.0 (incoming: cas_Referring*,
-- cas_IncomingReferral*; outgoing: cas_Referred*, cas_OutgoingReferral*). Not
-- an HTCDS picklist, hence UPPER_SNAKE codes.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('REFERRAL_DIRECTION', 'INCOMING', 1, 'Incoming referral', 'Orientation reçue',   'Remisión recibida'),
 ('REFERRAL_DIRECTION', 'OUTGOING', 2, 'Outgoing referral', 'Orientation envoyée', 'Remisión enviada');

-- ORGANISATION_TYPE. Source: HTCDS v2.0, org_Type.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('ORGANISATION_TYPE', 'NGO',                           1, 'NGO',                              'ONG',                                        'ONG'),
 ('ORGANISATION_TYPE', 'LawEnforcement',                2, 'Law enforcement',                  'Forces de l''ordre',                         'Fuerzas del orden'),
 ('ORGANISATION_TYPE', 'HealthServiceOrganisation',     3, 'Health service organisation',      'Organisme de santé',                         'Organización de servicios de salud'),
 ('ORGANISATION_TYPE', 'CentralGovernmentOrganisation', 4, 'Central government organisation',  'Administration centrale',                    'Organismo del gobierno central'),
 ('ORGANISATION_TYPE', 'LocalGovernmentOrganisation',   5, 'Local government organisation',    'Administration locale',                      'Organismo del gobierno local'),
 ('ORGANISATION_TYPE', 'ImmigrationService',            6, 'Immigration service',              'Service de l''immigration',                  'Servicio de inmigración'),
 ('ORGANISATION_TYPE', 'LegalService',                  7, 'Legal service',                    'Service juridique',                          'Servicio jurídico'),
 ('ORGANISATION_TYPE', 'CorporateBusiness',             8, 'Corporate business',               'Entreprise',                                 'Empresa'),
 ('ORGANISATION_TYPE', 'SchoolOrCollege',               9, 'School or college',                'École ou établissement d''enseignement supérieur', 'Escuela o centro de enseñanza superior');

-- PERPETRATOR_ROLE. Source: HTCDS v2.0, per_RoleInProcess.
insert into code_value (list_code, code, sort_order, label_en, label_fr, label_es) values
 ('PERPETRATOR_ROLE', 'TravellingPartner',        1, 'Travelling partner',         'Compagnon de voyage',              'Compañero de viaje'),
 ('PERPETRATOR_ROLE', 'Transporter',              2, 'Transporter',                'Transporteur',                     'Transportista'),
 ('PERPETRATOR_ROLE', 'RecruiterOrIntermediary',  3, 'Recruiter or intermediary',  'Recruteur ou intermédiaire',       'Reclutador o intermediario'),
 ('PERPETRATOR_ROLE', 'BrokerTravelAgent',        4, 'Broker or travel agent',     'Courtier ou agent de voyage',      'Intermediario o agente de viajes'),
 ('PERPETRATOR_ROLE', 'TransferredIndividual',    5, 'Transferred the individual', 'A transféré la personne',          'Trasladó a la persona'),
 ('PERPETRATOR_ROLE', 'HarbouredIndividual',      6, 'Harboured the individual',   'A hébergé la personne',            'Acogió a la persona'),
 ('PERPETRATOR_ROLE', 'SoldIndividual',           7, 'Sold the individual',        'A vendu la personne',              'Vendió a la persona'),
 ('PERPETRATOR_ROLE', 'BoughtIndividual',         8, 'Bought the individual',      'A acheté la personne',             'Compró a la persona'),
 ('PERPETRATOR_ROLE', 'ReceivedIndividual',       9, 'Received the individual',    'A reçu la personne',               'Recibió a la persona'),
 ('PERPETRATOR_ROLE', 'ControlledIndividual',    10, 'Controlled the individual',  'A contrôlé la personne',           'Controló a la persona'),
 ('PERPETRATOR_ROLE', 'Smuggler',                11, 'Smuggler',                   'Passeur',                          'Traficante de migrantes'),
 ('PERPETRATOR_ROLE', 'Abuser',                  12, 'Abuser',                     'Agresseur',                        'Agresor'),
 ('PERPETRATOR_ROLE', 'Kidnapper',               13, 'Kidnapper',                  'Ravisseur',                        'Secuestrador'),
 ('PERPETRATOR_ROLE', 'Exploiter',               14, 'Exploiter',                  'Exploiteur',                       'Explotador'),
 ('PERPETRATOR_ROLE', 'Other',                   15, 'Other',                      'Autre',                            'Otro');
