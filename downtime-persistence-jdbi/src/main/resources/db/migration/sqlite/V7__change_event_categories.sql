-- The change feed filters by category too: the downtime's category after the change (before it, on a deletion) and
-- previous_category before it, as site/telescope and previous_site/previous_telescope. Events recorded before this
-- migration take theirs from the snapshots they carry ('' when a snapshot has none: downtimes before categories).

ALTER TABLE change_event ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE change_event ADD COLUMN previous_category TEXT;

UPDATE change_event SET
  category = COALESCE(json_extract(COALESCE(after_json, before_json), '$.category'), ''),
  previous_category = CASE WHEN before_json IS NULL THEN NULL
                           ELSE COALESCE(json_extract(before_json, '$.category'), '') END;
