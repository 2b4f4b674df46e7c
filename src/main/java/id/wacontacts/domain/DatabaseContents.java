package id.wacontacts.domain;

/**
 * How much a database holds, for deciding whether a restore would replace anything.
 *
 * @param empty no phone numbers, and no categories but the five the app starts with: nothing a
 *     user made would be lost by replacing it
 */
public record DatabaseContents(long categories, long phoneNumbers, boolean empty) {
}
