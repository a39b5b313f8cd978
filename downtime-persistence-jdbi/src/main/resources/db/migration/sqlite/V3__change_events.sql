-- The change feed: one event per audited change, written in the change's transaction (writes are serialised, so
-- ids increase in commit order and serve as cursors). Pruned after CHANGES_KEEP_DAYS; the audit trail is kept.
-- site/telescope are the downtime's after the change (before, on a deletion); previous_* before it, for filters.

CREATE TABLE change_event (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: a pruned cursor is never handed out again
  type               TEXT    NOT NULL CHECK (type IN ('CREATED', 'UPDATED', 'DELETED', 'STARTED', 'ENDED')),
  downtime_id        INTEGER NOT NULL,
  site               TEXT    NOT NULL,
  telescope          TEXT    NOT NULL,
  previous_site      TEXT,
  previous_telescope TEXT,
  actor              TEXT    NOT NULL DEFAULT '',
  at_us              INTEGER NOT NULL,
  before_json        TEXT,
  after_json         TEXT,
  -- STARTED/ENDED only: '<type>:<downtime id>:<start or end µs>'; unique, so a second instance's insert is a no-op
  once_key           TEXT UNIQUE
);

CREATE INDEX change_event_at ON change_event (at_us);

CREATE TABLE change_feed_state (
  only_row       INTEGER PRIMARY KEY CHECK (only_row = 1),
  pruned_through INTEGER NOT NULL, -- the id of the newest event pruned: older cursors answer 410
  passages_through_us INTEGER -- start/end times up to this one have had their STARTED/ENDED events (null: never checked)
);

INSERT INTO change_feed_state (only_row, pruned_through) VALUES (1, 0);
