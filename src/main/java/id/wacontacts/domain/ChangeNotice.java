package id.wacontacts.domain;

import java.util.List;

/**
 * One notification of the database's triggers: one statement changed {@code count} rows of
 * {@code table}. {@code ids} lists them when there are at most 100; otherwise it is empty and
 * {@code refresh} says to reload. The sender is named so that a desktop can ignore its own.
 *
 * @param senderPid the backend process id of the connection that made the change
 * @param application the sender's application name
 * @param instance the sender's {@code wa_contacts.instance} setting, or null when it set none
 */
public record ChangeNotice(String table, String action, long count, List<Integer> ids, boolean refresh,
        int senderPid, String application, String instance, long transactionId) {
}
