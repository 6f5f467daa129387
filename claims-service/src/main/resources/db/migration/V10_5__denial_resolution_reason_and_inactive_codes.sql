-- Denial work (issue 15): why a worker marked a denial resolved by hand (kept here, never in events), and the CARC/RARC
-- codes X12 does not allow on a remittance of the day it came (a retired code in a new 835: the payer's error).
alter table denial_item
    add column resolution_reason varchar(500),
    add column inactive_codes    varchar(500) not null default '';
