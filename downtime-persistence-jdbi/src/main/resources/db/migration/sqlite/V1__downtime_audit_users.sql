-- Times are INTEGER microseconds since 1970-01-01T00:00:00Z (UTC): exact to the microsecond, compared as
-- integers, and the same representation as on PostgreSQL so both stores sort and filter identically.
-- Text compares with SQLite's default BINARY collation: Unicode code-point order, as DowntimeQuery does.

CREATE TABLE downtime (
  id              INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: ids of deleted downtimes (kept in the audit) are never reused
  start_us        INTEGER NOT NULL,
  end_us          INTEGER NOT NULL,
  -- the longest duration bounds interval-overlap queries: end >= a implies start >= a - max(duration)
  duration_us     INTEGER GENERATED ALWAYS AS (end_us - start_us) STORED,
  site            TEXT    NOT NULL,
  enclosure       TEXT    NOT NULL,
  telescope       TEXT    NOT NULL,
  instrument_type TEXT    NOT NULL DEFAULT '',
  reason          TEXT    NOT NULL DEFAULT '',
  reason_folded   TEXT    NOT NULL DEFAULT '', -- DowntimeQuery.fold(reason), for case-insensitive substring filters
  created_us      INTEGER NOT NULL,
  modified_us     INTEGER NOT NULL,
  created_by      TEXT    NOT NULL DEFAULT '',
  series_id       INTEGER,
  CHECK (end_us > start_us)
);

CREATE INDEX downtime_start ON downtime (start_us);
CREATE INDEX downtime_site_start ON downtime (site, start_us);
CREATE INDEX downtime_duration ON downtime (duration_us);
CREATE INDEX downtime_created ON downtime (created_us, id);
CREATE INDEX downtime_modified ON downtime (modified_us);
CREATE INDEX downtime_series ON downtime (series_id) WHERE series_id IS NOT NULL;

CREATE TABLE audit_entry (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  downtime_id INTEGER NOT NULL, -- no foreign key: the history outlives the downtime
  action      TEXT    NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
  actor       TEXT    NOT NULL DEFAULT '',
  at_us       INTEGER NOT NULL,
  before_json TEXT,
  after_json  TEXT
);

CREATE INDEX audit_entry_downtime ON audit_entry (downtime_id, id);
CREATE INDEX audit_entry_at ON audit_entry (at_us, id);

CREATE TABLE user_account (
  username      TEXT    PRIMARY KEY,
  password_hash TEXT    NOT NULL DEFAULT '',
  staff         INTEGER NOT NULL DEFAULT 0,
  superuser     INTEGER NOT NULL DEFAULT 0,
  email         TEXT    NOT NULL DEFAULT '',
  first_name    TEXT    NOT NULL DEFAULT '',
  last_name     TEXT    NOT NULL DEFAULT '',
  api_token     TEXT    NOT NULL DEFAULT '',
  source        TEXT    NOT NULL CHECK (source IN ('LOCAL', 'PORTAL'))
);

CREATE UNIQUE INDEX user_account_api_token ON user_account (api_token) WHERE api_token <> '';

CREATE TABLE series_counter (
  only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
  last_id  INTEGER NOT NULL
);

INSERT INTO series_counter (only_row, last_id) VALUES (1, 0);
