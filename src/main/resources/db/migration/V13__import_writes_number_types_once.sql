-- An import writes the classified number_types rows itself, in the same statement as the numbers.
-- V12's trigger then tried to insert every one of them again and found each already there: one
-- conflicting index probe per imported number, seconds on a million. The import's transaction now
-- says it wrote them (SET LOCAL wa.number_types_written = 'on'), and the trigger leaves them alone.
-- Every other writer (psql, other programs, the app's single adds) is unchanged: its rows get a
-- "not checked yet" row here, exactly as before.
CREATE OR REPLACE FUNCTION wa_number_types_inserted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF current_setting('wa.number_types_written', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO number_types (phone_number_id, category_id, sort_time)
    SELECT r.id, r.category_id, COALESCE(r.created_at, '-infinity') FROM new_rows r
    ON CONFLICT (phone_number_id) DO NOTHING;
    RETURN NULL;
END;
$$;
