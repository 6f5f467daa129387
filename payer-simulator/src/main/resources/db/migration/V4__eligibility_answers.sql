-- How the payer answers 270 eligibility inquiries (issue 16): ANSWER from its member tables, UNAVAILABLE with
-- AAA 42 (unable to respond at current time), SILENT not at all (the provider's timeout path).
alter table payer add column eligibility_mode varchar(12) not null default 'ANSWER'
    check (eligibility_mode in ('ANSWER', 'UNAVAILABLE', 'SILENT'));
