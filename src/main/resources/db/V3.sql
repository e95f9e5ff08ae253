-- lexgap schema 3: sign-in attempts, counted in the database so that every node sharing it applies one limit.
-- One row per key: 'pair:<user>@<address>' (an account from one client address), 'address:<address>',
-- 'account:<user>'. Portable SQL (H2 2.x and PostgreSQL).

CREATE TABLE sign_in_throttle (
    throttle_key VARCHAR(200) PRIMARY KEY,
    -- attempts counted in the current window (an attempt is counted before its password is checked)
    failures INTEGER NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    -- for a pair over its limit: no attempt before this moment (the wait doubles with each further attempt)
    next_allowed TIMESTAMP WITH TIME ZONE,
    -- for a pair: its last successful sign-in (a known address is not held back by the address or account limit)
    last_success TIMESTAMP WITH TIME ZONE
);
