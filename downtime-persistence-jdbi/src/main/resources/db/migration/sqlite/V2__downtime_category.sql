-- What a downtime is for (core.model.Category): one of maintenance, engineering, education, realtime, weather,
-- other, or '' when uncategorised, as every row stored before this migration is.
ALTER TABLE downtime ADD COLUMN category TEXT NOT NULL DEFAULT '';
