-- Version 6: each subscriber is delivered by one engine at a time, the holder of its lease.
ALTER TABLE ${schema}.ps_subscriber ADD COLUMN holder text;

ALTER TABLE ${schema}.ps_subscriber ADD COLUMN lease_until_ns bigint;
