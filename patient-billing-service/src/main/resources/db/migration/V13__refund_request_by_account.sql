-- Issue 20: the console's account screen lists the account's refunds (GET /refunds?accountId=), oldest first.
create index refund_request_account on refund_request (account_id, requested_at);
