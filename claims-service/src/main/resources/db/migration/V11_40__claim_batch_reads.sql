-- Issue 20: GET /claim-batches counts each batch's claims by acknowledgment from the timeline and correction items
-- filed with the batch's ISA13; without these every batch read would scan both tables.
create index claim_timeline_isa13 on claim_timeline (isa13) where isa13 is not null;
create index correction_item_isa13 on correction_item (isa13) where isa13 is not null;
create index claim_batch_sent on claim_batch (sent_at desc, id desc);
