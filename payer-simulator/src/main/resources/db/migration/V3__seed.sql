-- Synthetic payers and contract terms (the former configuration: SYNPAYER1 allows 80 %, SYNPAYER2 65 %).
insert into payer (payer_id, name, isa_id, tax_id, allowed_percent, acknowledge_only, payment_method,
                   payment_cycle_seconds, contact_name, contact_phone, address_line, city, state, postal_code)
values ('SYNPAYER1', 'SYNTHETIC HEALTH PLAN ONE', 'SYNPAYER1', '990000001', 80.00, false, 'ACH', 0,
        'EDI SUPPORT', '8005550101', '100 PAYER WAY', 'HARTFORD', 'CT', '06101'),
       ('SYNPAYER2', 'SYNTHETIC HEALTH PLAN TWO', 'SYNPAYER2', '990000002', 65.00, false, 'CHK', 0,
        'EDI SUPPORT', '8005550102', '200 PAYER WAY', 'MINNEAPOLIS', 'MN', '55401');

insert into plan (plan_id, payer_id, name, claim_filing_indicator, copay, coinsurance_percent, annual_deductible,
                  out_of_pocket_max)
values ('SYN1-PPO', 'SYNPAYER1', 'PPO 500', '12', 25.00, 20.00, 500.00, 3000.00),
       ('SYN2-HMO', 'SYNPAYER2', 'HMO 250', 'HM', 30.00, 10.00, 250.00, 2500.00);

insert into member (payer_id, member_id, plan_id, last_name, first_name, birth_date, sex, effective_date)
values ('SYNPAYER1', 'SYN100000001', 'SYN1-PPO', 'TESTPATIENT', 'ALPHA', '1980-01-01', 'F', '2020-01-01'),
       ('SYNPAYER2', 'SYN200000001', 'SYN2-HMO', 'TESTPATIENT', 'BRAVO', '1975-06-15', 'M', '2020-01-01');

insert into denial_rule (payer_id, procedure_code, group_code, reason_code, remark_code)
values ('SYNPAYER2', '97110', 'CO', '50', 'N115'),
       ('SYNPAYER1', '20610', 'CO', '96', 'N425');
