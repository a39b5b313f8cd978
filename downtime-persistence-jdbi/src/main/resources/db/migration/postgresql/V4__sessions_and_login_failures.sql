-- Login sessions carry the generation they started in; ending a user's sessions (logging out, a new password,
-- losing staff rights) moves the user to the next generation, so every instance refuses the older sessions at once.
ALTER TABLE user_account ADD COLUMN session_generation bigint NOT NULL DEFAULT 0;

-- One row per failed password check, keyed by "user:<name>" or "address:<ip>", shared by every instance. Rows older
-- than the throttle's window are never counted and are deleted whenever a failure is recorded.
CREATE TABLE login_failure (
  key_text text   NOT NULL,
  at_us    bigint NOT NULL
);

CREATE INDEX login_failure_key ON login_failure (key_text, at_us);
CREATE INDEX login_failure_at ON login_failure (at_us);
