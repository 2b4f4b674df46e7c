package id.wacontacts.service;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The backup file's layout, shared by the writer and the reader. A backup is plain SQL in the shape
 * of pg_dump's data-only output, so PostgreSQL's own {@code psql} can load it too:
 *
 * <pre>
 * -- WA Contacts backup            header: "-- Key: value" lines up to a bare "--"
 * -- Format: 1
 * ...
 * \set ON_ERROR_STOP on           psql only: stop at the first error, however psql was started
 * SET ...; BEGIN;                  one transaction: a failure anywhere loads nothing
 * DO $$ ... $$;                    psql only: refuses an unmigrated database or one holding contacts
 * ALTER TABLE ... DISABLE TRIGGER  psql only (format 2): no history row per loaded row
 * TRUNCATE ...;                    removes the five starting categories a fresh database has
 * COPY public.categories (...) FROM stdin;
 * rows in COPY's text format, one per line, each starting with an escaped byte (see below)
 * \.
 * COPY public.phone_numbers (...) FROM stdin;
 * ...
 * \.
 * COPY public.change_log / trash / app_events   format 2: the history, the trash, the event log
 * SELECT pg_catalog.setval(...);   the id sequences, last: psql cannot roll a setval back
 * ALTER TABLE ... ENABLE TRIGGER; SELECT public.wa_recount_categories();   psql only (format 2)
 * COMMIT;
 * -- End of WA Contacts backup, SHA-256 hex   checksum of every byte before this line
 * </pre>
 *
 * <p>Every row's first byte (the first digit of its id) is written as a COPY octal escape
 * ({@code \061} for {@code 1}). COPY reads it as the digit; psql, should it ever read a row as a
 * command (a COPY that failed to start, such as after the guard refused the database), sees an
 * unknown backslash command and discards the whole line, so nothing in a row (a {@code ;}, a
 * {@code \t}) can ever run.
 */
final class BackupFormat {

    /**
     * 2 adds the history, the trash and the event log after the contacts (and their sequences);
     * files of format 1 (contacts only) still restore.
     */
    static final int FORMAT_VERSION = 2;
    static final String FIRST_LINE = "-- WA Contacts backup";
    static final String HEADER_END = "--";
    static final String TRAILER_PREFIX = "-- End of WA Contacts backup, SHA-256 ";
    static final String END_OF_COPY = "\\.";
    /** psql's setting that stops at the first error; our reader skips the line like any psql-only SQL. */
    static final String STOP_ON_ERROR = "\\set ON_ERROR_STOP on";

    static final String KEY_FORMAT = "Format";
    static final String KEY_APP_VERSION = "App version";
    static final String KEY_SCHEMA_VERSION = "Schema version";
    static final String KEY_CREATED_AT = "Created at";
    static final String KEY_CATEGORIES = "Categories";
    static final String KEY_PHONE_NUMBERS = "Phone numbers";

    /** The categories V2 creates: a database holding only these (and no numbers) has nothing of the user's. */
    static final List<String> STARTING_CATEGORIES = List.of(
            "Pelanggan VIP", "Pelanggan VIP 2", "Pelanggan Regular", "Prospek", "Lead");

    /**
     * The tables, in the order they are written and loaded: the spec's two (categories first: numbers
     * refer to them), then, from format 2, the history, the trash (it refers to the history) and the
     * event log.
     */
    enum Table {
        CATEGORIES("categories", "id, name, description, created_at, updated_at"),
        PHONE_NUMBERS("phone_numbers", "id, original_number, normalized_number, category_id, created_at, updated_at"),
        CHANGE_LOG("change_log", "id, changed_at, txid, table_name, action, row_id, number_before, number_after,"
                + " category_before, category_after, desktop, db_user, session"),
        TRASH("trash", "change_id"),
        APP_EVENTS("app_events", "id, happened_at, kind, covered, row_count, desktop, db_user");

        final String name;
        final String columns;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
        }

        /** The history, the trash or the event log: the app's own record, not the contacts. */
        boolean history() {
            return ordinal() >= CHANGE_LOG.ordinal();
        }

        /** Whether its id comes from a sequence, whose position the file records. */
        boolean sequenced() {
            return this != TRASH;
        }

        String qualifiedName() {
            return "public." + name;
        }

        /** The COPY that reads this table out in text format, the one psql's {@code FROM stdin} expects. */
        String copyOut() {
            return "COPY " + qualifiedName() + " (" + columns + ") TO STDOUT";
        }

        /** The line that opens this table's block in the file, and the statement the app runs for it. */
        String copyInLine() {
            return "COPY " + qualifiedName() + " (" + columns + ") FROM stdin;";
        }

        String setvalLine(long value, boolean called) {
            return "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('" + qualifiedName() + "', 'id'), "
                    + value + ", " + called + ");";
        }
    }

    /**
     * The history triggers (V7) a restore turns off while it empties and loads the two tables, so
     * that loading a million numbers does not record a million additions; the restore records
     * itself instead (its truncations and its event), after the file's history.
     */
    static final List<String> RESTORE_TRIGGERS = List.of(
            "public.categories DISABLE TRIGGER wa_categories_inserted",
            "public.categories DISABLE TRIGGER wa_categories_truncated",
            "public.phone_numbers DISABLE TRIGGER wa_phone_numbers_inserted",
            "public.phone_numbers DISABLE TRIGGER wa_phone_numbers_truncated");

    /** A sequence position line, as {@link Table#setvalLine} writes it. */
    static final Pattern SETVAL = Pattern.compile(
            "SELECT pg_catalog\\.setval\\(pg_catalog\\.pg_get_serial_sequence\\('public\\.(categories|phone_numbers|change_log|app_events)',"
                    + " 'id'\\), (\\d{1,19}), (true|false)\\);");

    /** A Flyway version: digits separated by dots (it goes into the psql guard, so nothing else may pass). */
    static final Pattern SCHEMA_VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,4}");

    private BackupFormat() {
    }

    static String header(String appVersion, String schemaVersion, String createdAt, long categories, long phoneNumbers) {
        return FIRST_LINE + "\n"
                + "-- " + KEY_FORMAT + ": " + FORMAT_VERSION + "\n"
                + "-- " + KEY_APP_VERSION + ": " + appVersion + "\n"
                + "-- " + KEY_SCHEMA_VERSION + ": " + schemaVersion + "\n"
                + "-- " + KEY_CREATED_AT + ": " + createdAt + "\n"
                + "-- " + KEY_CATEGORIES + ": " + categories + "\n"
                + "-- " + KEY_PHONE_NUMBERS + ": " + phoneNumbers + "\n"
                + HEADER_END + "\n"
                + "-- Every category and phone number, the history of changes, the trash and the event log,\n"
                + "-- and the positions of their id sequences (data only).\n"
                + "-- Restore it with WA Contacts: File > Restore, or: wa-contacts restore FILE [--replace]\n"
                + "-- or load it with psql into a database WA Contacts has set up and that holds no contacts yet:\n"
                + "--   psql -v ON_ERROR_STOP=1 -d wa_db -f FILE\n"
                + "-- It loads in one transaction: if anything fails, nothing is loaded.\n"
                + "-- Do not edit this file: the last line is a checksum, and an edited backup is refused.\n"
                + "\n";
    }

    /**
     * Settings, the transaction, and the guard psql runs (the app checks the same itself and skips
     * these lines): the target must be migrated to the backup's schema version and hold no contacts.
     */
    static String preamble(String schemaVersion) {
        String startingNames = STARTING_CATEGORIES.stream().map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
        return STOP_ON_ERROR + "\n"
                + "SET client_encoding = 'UTF8';\n"
                + "SET standard_conforming_strings = on;\n"
                + "SET client_min_messages = warning;\n"
                + "BEGIN;\n"
                + "DO $guard$\n"
                + "BEGIN\n"
                + "    IF to_regclass('public.flyway_schema_history') IS NULL THEN\n"
                + "        RAISE EXCEPTION 'This database was not set up by WA Contacts: open it once with WA Contacts,"
                + " then load the backup again. Nothing was loaded.';\n"
                + "    END IF;\n"
                + "    IF NOT EXISTS (SELECT 1 FROM public.flyway_schema_history WHERE success AND version = '"
                + schemaVersion + "') THEN\n"
                + "        RAISE EXCEPTION 'This database is not at schema version " + schemaVersion
                + " of the backup: open it once with the WA Contacts version that made the backup (or newer),"
                + " then load the backup again. Nothing was loaded.';\n"
                + "    END IF;\n"
                + "    IF EXISTS (SELECT 1 FROM public.phone_numbers)\n"
                + "            OR EXISTS (SELECT 1 FROM public.categories WHERE name NOT IN (" + startingNames + ")) THEN\n"
                + "        RAISE EXCEPTION 'This database already holds contacts. To replace them, use WA Contacts:"
                + " wa-contacts restore FILE --replace. Nothing was loaded.';\n"
                + "    END IF;\n"
                + "END\n"
                + "$guard$;\n"
                + RESTORE_TRIGGERS.stream().map(trigger -> "ALTER TABLE " + trigger + ";\n").collect(Collectors.joining())
                + "TRUNCATE public.phone_numbers, public.categories;\n"
                + "TRUNCATE public.trash, public.change_log, public.app_events;\n"
                + "\n";
    }

    /**
     * What psql runs after the rows (the app does the same itself, and skips these lines): the
     * history triggers on again, and the per-category counts counted once from the loaded numbers.
     */
    static String postamble() {
        return RESTORE_TRIGGERS.stream().map(trigger -> "ALTER TABLE " + trigger.replace(" DISABLE ", " ENABLE ") + ";\n")
                .collect(Collectors.joining())
                + "SELECT public.wa_recount_categories();\n";
    }

    /** A row's first byte as a COPY octal escape: {@code \\} and three octal digits. */
    static byte[] escapedFirstByte(int b) {
        int value = b & 0xFF;
        return new byte[] {'\\', (byte) ('0' + (value >> 6)), (byte) ('0' + ((value >> 3) & 7)), (byte) ('0' + (value & 7))};
    }

    static String trailer(String sha256Hex) {
        return TRAILER_PREFIX + sha256Hex + "\n";
    }
}
