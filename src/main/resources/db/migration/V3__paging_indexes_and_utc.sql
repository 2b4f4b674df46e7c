-- Lists page newest first by keyset on (created_at DESC, id DESC): one import gives many rows
-- the same created_at, so id breaks the tie. These indexes let both the whole list and one
-- category's list read a page without sorting the table.
CREATE INDEX IF NOT EXISTS idx_phone_numbers_created_id
    ON phone_numbers(created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS idx_phone_numbers_category_created_id
    ON phone_numbers(category_id, created_at DESC, id DESC);

-- Column defaults use the session's time zone; make UTC the default for every client of this
-- database (psql, other tools), as the app itself sets it on each connection.
DO
$$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET timezone TO %L', current_database(), 'UTC');
END;
$$;
