-- Accounts an operator disabled: they cannot log in and their API tokens do not work until enabled again.
ALTER TABLE user_account ADD COLUMN disabled boolean NOT NULL DEFAULT false;

-- Personal API tokens of local accounts. Only the SHA-256 digest (lowercase hex) of a token is stored, and a request's
-- token is looked up by it; the name (unique per account) is how people list and revoke one.
CREATE TABLE personal_token (
  token_hash text   PRIMARY KEY,
  username   text   NOT NULL REFERENCES user_account (username) ON DELETE CASCADE,
  name       text   NOT NULL,
  created_us bigint NOT NULL,
  UNIQUE (username, name)
);

-- The session generation a deleted account had reached: an account created later under the same name starts after
-- it, so no session cookie of the deleted account is accepted for the new one.
CREATE TABLE deleted_account (
  username           text   PRIMARY KEY,
  session_generation bigint NOT NULL
);
