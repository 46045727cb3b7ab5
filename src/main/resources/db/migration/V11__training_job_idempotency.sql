-- Greenwave schema: a client may name a training request with an Idempotency-Key header, so that a
-- retried or doubly delivered request (a load balancer retrying on another node, a client that lost
-- the answer) finds the job the first one made instead of training twice. The key is the client's:
-- it is unique per requester, and NULL (no header) repeats freely. Portable SQL for H2 2.x and
-- PostgreSQL.

ALTER TABLE training_job ADD COLUMN idempotency_key VARCHAR(200);

ALTER TABLE training_job ADD CONSTRAINT training_job_idempotency UNIQUE (requested_by, idempotency_key);
