package id.wacontacts.domain;

import java.time.LocalDateTime;

/** A category as the services hand it out; times are UTC wall-clock as stored. */
public record CategoryRow(int id, String name, String description, LocalDateTime createdAt,
                          LocalDateTime updatedAt) {
}
