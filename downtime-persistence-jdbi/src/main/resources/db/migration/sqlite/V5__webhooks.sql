-- Webhooks: subscriptions (with their signing secrets, needed in clear to sign) and the outbox of deliveries. A
-- delivery row is inserted for each matching active subscription in the transaction that records the change event,
-- so a committed change always has its deliveries; delivery_id is drawn then and is the same on every attempt.
-- The one writer claims a subscription's oldest pending row (a lease in claimed_until_us) and records each
-- attempt's outcome on it.

CREATE TABLE webhook_subscription (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  url         TEXT    NOT NULL,
  secret      TEXT    NOT NULL,
  site        TEXT,
  telescope   TEXT,
  category    TEXT,
  event_types TEXT    NOT NULL DEFAULT '', -- comma-separated event types (CREATED,...); '' sends every type
  active      INTEGER NOT NULL,
  created_us  INTEGER NOT NULL,
  created_by  TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE webhook_delivery (
  id               INTEGER PRIMARY KEY AUTOINCREMENT, -- event order within a subscription
  subscription_id  INTEGER NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
  event_id         INTEGER NOT NULL,
  delivery_id      TEXT    NOT NULL UNIQUE,
  status           TEXT    NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'GIVEN_UP')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  queued_us        INTEGER NOT NULL,
  next_attempt_us  INTEGER NOT NULL,
  claimed_until_us INTEGER,
  claim            TEXT,
  last_attempt_us  INTEGER,
  last_status      INTEGER,
  last_error       TEXT
);

CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_attempted ON webhook_delivery (subscription_id, last_attempt_us);
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id);
