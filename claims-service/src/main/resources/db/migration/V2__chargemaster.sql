-- The provider's price list. A code may get a new price from a date on; a line is priced with the entry in force
-- on its date of service.
create table chargemaster (
    code             varchar(20)   not null,
    effective_from   date          not null,
    charge_per_unit  numeric(12,2) not null check (charge_per_unit >= 0),
    description      varchar(200)  not null,
    primary key (code, effective_from)
);

insert into chargemaster (code, effective_from, charge_per_unit, description) values
    ('99202', date '2020-01-01', 110.00, 'Office visit, new patient, straightforward decision making'),
    ('99203', date '2020-01-01', 165.00, 'Office visit, new patient, low decision making'),
    ('99212', date '2020-01-01',  85.00, 'Office visit, established patient, straightforward decision making'),
    ('99213', date '2020-01-01', 125.00, 'Office visit, established patient, low decision making'),
    ('99214', date '2020-01-01', 185.00, 'Office visit, established patient, moderate decision making'),
    ('99215', date '2020-01-01', 245.00, 'Office visit, established patient, high decision making'),
    ('99395', date '2020-01-01', 210.00, 'Preventive visit, established patient, 18-39 years'),
    ('99396', date '2020-01-01', 225.00, 'Preventive visit, established patient, 40-64 years'),
    ('36415', date '2020-01-01',  15.00, 'Routine venipuncture'),
    ('80053', date '2020-01-01',  48.00, 'Comprehensive metabolic panel'),
    ('85025', date '2020-01-01',  32.00, 'Complete blood count with automated differential'),
    ('83036', date '2020-01-01',  40.00, 'Hemoglobin A1c'),
    ('81002', date '2020-01-01',  12.00, 'Urinalysis, non-automated, without microscopy'),
    ('93000', date '2020-01-01',  60.00, 'Electrocardiogram with interpretation and report'),
    ('71046', date '2020-01-01',  95.00, 'Chest X-ray, 2 views'),
    ('97110', date '2020-01-01',  75.00, 'Therapeutic exercises, each 15 minutes'),
    ('90471', date '2020-01-01',  28.00, 'Immunization administration, first vaccine'),
    ('20610', date '2020-01-01', 150.00, 'Arthrocentesis or injection, major joint, without ultrasound'),
    ('87880', date '2020-01-01',  35.00, 'Strep A antigen test, immunoassay'),
    ('96372', date '2020-01-01',  45.00, 'Therapeutic injection, subcutaneous or intramuscular'),
    ('G0438', date '2020-01-01', 230.00, 'Annual wellness visit, initial'),
    ('G0439', date '2020-01-01', 175.00, 'Annual wellness visit, subsequent'),
    ('J1100', date '2020-01-01',   8.50, 'Injection, dexamethasone sodium phosphate, 1 mg'),
    ('J3301', date '2020-01-01',  12.75, 'Injection, triamcinolone acetonide, 10 mg'),
    ('A4550', date '2020-01-01',  20.00, 'Surgical trays');
