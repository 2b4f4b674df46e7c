-- 1. Rows inserted without created_at / updated_at get UTC wall-clock time whatever the client's
-- session time zone. The spec's column default (CURRENT_TIMESTAMP, converted to the session's
-- zone) stays as written; a client whose session is not in UTC (pgjdbc sends the JVM's zone,
-- psql may SET TIME ZONE) would store local time through it. In such a session a value equal to
-- LOCALTIMESTAMP is what the default produced, and is replaced by the same instant in UTC. The
-- app's own sessions are in UTC: the WHEN clause skips the function for them (imports pay nothing).
CREATE OR REPLACE FUNCTION wa_utc_default_timestamps() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.created_at = LOCALTIMESTAMP THEN
        NEW.created_at := now() AT TIME ZONE 'UTC';
    END IF;
    IF NEW.updated_at = LOCALTIMESTAMP THEN
        NEW.updated_at := now() AT TIME ZONE 'UTC';
    END IF;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER trg_categories_utc_defaults
    BEFORE INSERT ON categories
    FOR EACH ROW WHEN (current_setting('TimeZone') <> 'UTC')
    EXECUTE FUNCTION wa_utc_default_timestamps();

CREATE OR REPLACE TRIGGER trg_phone_numbers_utc_defaults
    BEFORE INSERT ON phone_numbers
    FOR EACH ROW WHEN (current_setting('TimeZone') <> 'UTC')
    EXECUTE FUNCTION wa_utc_default_timestamps();

-- 2. Lists page newest first with the rows that have no created_at (a database the original
-- system made may hold them; they are kept as they are) after every dated row. The keyset is
-- (COALESCE(created_at, '-infinity'), id), descending; these indexes serve it for the whole list
-- and for one category, and take the place of V3's, which cannot order the undated rows last.
CREATE INDEX IF NOT EXISTS idx_phone_numbers_newest
    ON phone_numbers ((COALESCE(created_at, '-infinity'::timestamp)) DESC, id DESC);
CREATE INDEX IF NOT EXISTS idx_phone_numbers_category_newest
    ON phone_numbers (category_id, (COALESCE(created_at, '-infinity'::timestamp)) DESC, id DESC);
DROP INDEX IF EXISTS idx_phone_numbers_created_id;
DROP INDEX IF EXISTS idx_phone_numbers_category_created_id;
