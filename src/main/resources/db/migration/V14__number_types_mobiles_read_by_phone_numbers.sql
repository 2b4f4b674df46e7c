-- Mobiles are nearly every number in a WhatsApp list. Indexing them in number_types' two type
-- indexes made an import write every new number into two more B-trees in the same statement: on a
-- 1,000,000-row import the number_types rows took 4.4-7.1 s with those indexes and 2.1-2.2 s
-- without them, against about 18 s for the numbers themselves (EXPLAIN ANALYZE, same server).
--
-- The indexes now hold only the other kinds (not checked yet, fixed line, other, no longer valid),
-- which are rare. The "mobiles only" list reads phone_numbers' own newest-first indexes and looks
-- each number's type up by number_types' primary key: as mobiles are most numbers, a page of them
-- is found within about as many rows as the page holds. The other types stay one range of these
-- (now small) indexes. Every row of number_types stays; only what is indexed changes.
DROP INDEX IF EXISTS idx_number_types_kind_newest;
DROP INDEX IF EXISTS idx_number_types_category_kind_newest;

CREATE INDEX IF NOT EXISTS idx_number_types_kind_newest_not_mobile
    ON number_types (kind, sort_time DESC, phone_number_id DESC) WHERE kind <> 1;
CREATE INDEX IF NOT EXISTS idx_number_types_category_kind_newest_not_mobile
    ON number_types (category_id, kind, sort_time DESC, phone_number_id DESC) WHERE kind <> 1;
