-- Two CMS code lists stored as code content (issue 17): the POA exempt list (ICD-10-CM codes that take no
-- present-on-admission indicator) and the Medicare Code Editor's unacceptable principal diagnoses. Dated and
-- versioned like every other content row; the code_system names grow past 12 characters.
alter table content_code alter column code_system type varchar(20);
alter table content_code drop constraint content_code_code_system_check;
alter table content_code add constraint content_code_code_system_check check (code_system in
    ('ICD10CM', 'ICD10PCS', 'HCPCS', 'CPT', 'MODIFIER', 'POS', 'POA_EXEMPT', 'PDX_UNACCEPTABLE'));
