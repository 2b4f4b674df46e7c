-- Search matches every query made of digits against the E.164 number, through its trigram index
-- (V4). The second trigram index V4 made, on the number as typed, found nothing more (stored
-- originals hold no letters) and cost about a quarter of a large import's time: it goes.
DROP INDEX IF EXISTS idx_phone_numbers_original_trgm;
