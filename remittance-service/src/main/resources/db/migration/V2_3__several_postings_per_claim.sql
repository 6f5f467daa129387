-- Several 835 claim payments per claim (issue 15): a further partial payment, a reversal (CLP02 22, negative
-- amounts) and its correction each post. remittance becomes one row per posting (its own id; claim_id no longer
-- unique): a claim's totals are the sums over its rows. Lines, claim-level CAS and MOA/MIA remarks belong to a posting.

alter table remittance add column id bigint generated always as identity;

alter table remittance_line add column remittance_id bigint;
update remittance_line l set remittance_id = r.id from remittance r where r.claim_id = l.claim_id;
alter table remittance_line alter column remittance_id set not null;
alter table remittance_line drop column claim_id;

alter table remittance_claim_adjustment add column remittance_id bigint;
update remittance_claim_adjustment a set remittance_id = r.id from remittance r where r.claim_id = a.claim_id;
alter table remittance_claim_adjustment alter column remittance_id set not null;
alter table remittance_claim_adjustment drop column claim_id;

alter table remittance_claim_remark add column remittance_id bigint;
update remittance_claim_remark m set remittance_id = r.id from remittance r where r.claim_id = m.claim_id;
alter table remittance_claim_remark alter column remittance_id set not null;
alter table remittance_claim_remark drop column claim_id;

alter table remittance drop constraint remittance_pkey;
alter table remittance add primary key (id);
create index remittance_claim on remittance (claim_id, id);

alter table remittance_line add foreign key (remittance_id) references remittance (id);
alter table remittance_line add unique (remittance_id, line_number);
alter table remittance_claim_adjustment add foreign key (remittance_id) references remittance (id);
create index remittance_claim_adjustment_remittance on remittance_claim_adjustment (remittance_id);
alter table remittance_claim_remark add primary key (remittance_id, seq);

-- sequence: 1 for the claim's first posting, then 2, 3...; a reversal points at the posting it takes back;
-- adjusted = every CAS amount (claim and line level, all groups); interest = AMT*I (included in the payment).
alter table remittance
    add column sequence                integer       not null default 1,
    add column reversal                boolean       not null default false,
    add column reverses_remittance_id  bigint        references remittance (id),
    add column adjusted_amount         numeric(12,2) not null default 0,
    add column interest                numeric(12,2) not null default 0;
update remittance r set adjusted_amount = coalesce((select sum(a.amount) from remittance_adjustment a
        join remittance_line l on l.id = a.line_id where l.remittance_id = r.id), 0)
    + coalesce((select sum(a.amount) from remittance_claim_adjustment a where a.remittance_id = r.id), 0);
alter table remittance add unique (claim_id, sequence);

-- how many postings a claim has (the next one gets sequence + 1)
alter table claim_match add column posting_count integer not null default 0;
update claim_match m set posting_count = 1 where exists (select 1 from remittance r where r.claim_id = m.claim_id);

-- A claim payment is a duplicate only when the same 835 payment (payer, TRN02 trace number) said exactly the same for
-- the claim before (fingerprint = SHA-256 over those and the parsed CLP loop); a different one posts. Matched by hand:
-- who (from the token) and why.
alter table claim_payment
    add column fingerprint   varchar(64),
    add column matched_by    varchar(100),
    add column match_reason  varchar(500);
create index claim_payment_fingerprint on claim_payment (fingerprint);

-- CR (corrections and reversals) was a CAS group before 005010; kept so that a converted remittance can post
alter table remittance_adjustment drop constraint remittance_adjustment_group_code_check;
alter table remittance_adjustment add constraint remittance_adjustment_group_code_check
    check (group_code in ('CO', 'PR', 'OA', 'PI', 'CR'));
alter table remittance_claim_adjustment drop constraint remittance_claim_adjustment_group_code_check;
alter table remittance_claim_adjustment add constraint remittance_claim_adjustment_group_code_check
    check (group_code in ('CO', 'PR', 'OA', 'PI', 'CR'));
