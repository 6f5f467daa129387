-- Curated code content "curated-2026": a small, real subset of the code sets, enough for the demo and tests.
-- CPT codes (and CPT modifiers) are AMA property: only the codes ship here, never AMA descriptors.
create table code_set (
    code_system     varchar(20)  not null check (code_system in ('ICD-10-CM', 'CPT', 'HCPCS', 'MODIFIER')),
    code            varchar(10)  not null,
    description     text,
    billable        boolean      not null,
    source_release  varchar(100) not null,
    primary key (code_system, code)
);

insert into code_set (code_system, code, description, billable, source_release) values
    ('ICD-10-CM', 'E11.9',   'Type 2 diabetes mellitus without complications', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'I10',     'Essential (primary) hypertension', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'J06.9',   'Acute upper respiratory infection, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'M54.50',  'Low back pain, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'R05.9',   'Cough, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'Z00.00',  'Encounter for general adult medical examination without abnormal findings', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'E78.5',   'Hyperlipidemia, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'K21.9',   'Gastro-esophageal reflux disease without esophagitis', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'J45.909', 'Unspecified asthma, uncomplicated', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'N39.0',   'Urinary tract infection, site not specified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'R51.9',   'Headache, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'F41.1',   'Generalized anxiety disorder', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'M25.561', 'Pain in right knee', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'Z23',     'Encounter for immunization', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'E66.9',   'Obesity, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'R10.9',   'Unspecified abdominal pain', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'J02.9',   'Acute pharyngitis, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'B34.9',   'Viral infection, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'L30.9',   'Dermatitis, unspecified', true, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'G43.909', 'Migraine, unspecified, not intractable, without status migrainosus', true, 'CMS ICD-10-CM FY2026'),
    -- category headers: valid codes but not billable (M54.5 was expanded to M54.50-M54.59 in FY2022)
    ('ICD-10-CM', 'E11',     'Type 2 diabetes mellitus', false, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'I25',     'Chronic ischemic heart disease', false, 'CMS ICD-10-CM FY2026'),
    ('ICD-10-CM', 'M54.5',   'Low back pain', false, 'CMS ICD-10-CM FY2026');

insert into code_set (code_system, code, description, billable, source_release)
select 'CPT', code, null, true, 'AMA CPT (code only, no descriptor)'
from unnest(array['99202', '99203', '99212', '99213', '99214', '99215', '99395', '99396', '36415', '80053',
                  '85025', '83036', '81002', '93000', '71046', '97110', '90471', '20610', '87880', '96372']) as code;

insert into code_set (code_system, code, description, billable, source_release) values
    ('HCPCS', 'G0438', 'Annual wellness visit; includes a personalized prevention plan of service (PPS), initial visit', true, 'CMS HCPCS Level II 2026'),
    ('HCPCS', 'G0439', 'Annual wellness visit, includes a personalized prevention plan of service (PPS), subsequent visit', true, 'CMS HCPCS Level II 2026'),
    ('HCPCS', 'J1100', 'Injection, dexamethasone sodium phosphate, 1 mg', true, 'CMS HCPCS Level II 2026'),
    ('HCPCS', 'J3301', 'Injection, triamcinolone acetonide, not otherwise specified, 10 mg', true, 'CMS HCPCS Level II 2026'),
    ('HCPCS', 'A4550', 'Surgical trays', true, 'CMS HCPCS Level II 2026');

-- modifiers: codes only (CPT modifiers are AMA content; the HCPCS ones are listed the same way for uniformity)
insert into code_set (code_system, code, description, billable, source_release)
select 'MODIFIER', code, null, true, 'AMA CPT (code only, no descriptor)'
from unnest(array['25', '26', '50', '59', '76', '77', '91']) as code;

insert into code_set (code_system, code, description, billable, source_release)
select 'MODIFIER', code, null, true, 'CMS HCPCS Level II 2026 (code only)'
from unnest(array['LT', 'RT', 'TC', 'XE', 'XP', 'XS', 'XU']) as code;
