-- The claim payments taken before fingerprints existed get the digest ClaimPaymentCodec.fingerprint computes (SHA-256
-- over payer, TRN02 or 'file:' + file id, and the stored CLP loop, joined by the unit separator), so the same 835
-- resent after the upgrade is still recognised as a duplicate. The stored JSON leaves out a zero interest, so content
-- from before interest was recorded hashes alike.
update claim_payment p set fingerprint = encode(sha256(convert_to(coalesce(t.payer_id, '') || chr(31)
        || coalesce(t.trace_number, 'file:' || t.file_id) || chr(31) || p.content, 'UTF8')), 'hex')
    from remittance_transaction t where t.id = p.transaction_id and p.fingerprint is null;
