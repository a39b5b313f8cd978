-- The change feed filters by category too: the downtime's category after the change (before it, on a deletion) and
-- previous_category before it, as site/telescope and previous_site/previous_telescope. Events recorded before this
-- migration take theirs from the snapshots they carry ('' when a snapshot has none: downtimes before categories).

ALTER TABLE change_event ADD COLUMN category text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE change_event ADD COLUMN previous_category text COLLATE "C";

UPDATE change_event SET
  category = COALESCE(CAST(COALESCE(after_json, before_json) AS json) ->> 'category', ''),
  previous_category = CASE WHEN before_json IS NULL THEN NULL
                           ELSE COALESCE(CAST(before_json AS json) ->> 'category', '') END;
