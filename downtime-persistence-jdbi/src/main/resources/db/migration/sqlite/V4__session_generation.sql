-- Login sessions carry the generation they started in; ending a user's sessions (logging out, a new password,
-- losing staff rights) moves the user to the next generation, so every instance refuses the older sessions at once.
ALTER TABLE user_account ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;
