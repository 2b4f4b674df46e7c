package id.wacontacts.domain;

/** How many rows match, counted up to a cap: {@code capped} means "at least {@code count}". */
public record MatchCount(long count, boolean capped) {
}
