-- A desktop that was cut off catches up from change_log by "id after the last one seen, or written
-- by a transaction that was still running then" (txid at or above that moment's oldest running
-- transaction). A BRIN index answers the txid half: txid grows with the rows' physical order, the
-- index is a few pages however long the history, and it costs an import almost nothing.
CREATE INDEX IF NOT EXISTS idx_change_log_txid ON change_log USING brin (txid);
