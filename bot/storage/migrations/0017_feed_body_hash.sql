-- The hash of the last body of each feed whose every new item was handled: a server that sends the
-- same body again without validators (no 304) is answered without parsing it again.
ALTER TABLE feeds ADD COLUMN body_hash TEXT;
