-- Accounts an operator disabled: they cannot log in and their API tokens do not work until enabled again.
ALTER TABLE user_account ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;

-- Personal API tokens of local accounts. Only the SHA-256 digest (lowercase hex) of a token is stored, and a request's
-- token is looked up by it; the name (unique per account) is how people list and revoke one.
CREATE TABLE personal_token (
  token_hash TEXT    PRIMARY KEY,
  username   TEXT    NOT NULL REFERENCES user_account (username) ON DELETE CASCADE,
  name       TEXT    NOT NULL,
  created_us INTEGER NOT NULL,
  UNIQUE (username, name)
);

-- The session generation a deleted account had reached: an account created later under the same name starts after
-- it, so no session cookie of the deleted account is accepted for the new one.
CREATE TABLE deleted_account (
  username           TEXT    PRIMARY KEY,
  session_generation INTEGER NOT NULL
);
