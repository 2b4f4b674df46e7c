package id.wacontacts.ui.live;

import id.wacontacts.domain.LiveState;
import id.wacontacts.ui.common.Messages;
import java.time.Instant;
import java.util.List;

/** The status bar's and the list's live-update texts, in the user's language. */
public final class LiveTexts {

    private final Messages messages;

    public LiveTexts(Messages messages) {
        this.messages = messages;
    }

    /** "Live", or "Reconnecting (n s)" counting down to {@code now}'s next attempt. */
    public String state(LiveState state, Instant now) {
        return switch (state.kind()) {
            case CONNECTING -> messages.get("live.state.connecting");
            case LIVE -> messages.get("live.state.live");
            case RECONNECTING -> messages.get("live.state.reconnecting", state.secondsUntilNextAttempt(now));
            case STOPPED -> messages.get("live.state.stopped");
        };
    }

    /**
     * "3 desktops connected", this one included; empty while this desktop is alone (always so on the
     * built-in database, which no other desktop can reach), as "1 desktop connected" tells nothing.
     */
    public String presence(List<String> desktops) {
        return desktops.size() < 2 ? "" : messages.get("live.presence", desktops.size());
    }

    /** The presence tooltip: each desktop's name on a line of its own, without the app's prefix. */
    public String presenceTooltip(List<String> desktops) {
        List<String> names = desktops.stream()
                .map(name -> name.startsWith("WA Contacts/") ? name.substring("WA Contacts/".length()) : name)
                .toList();
        return messages.get("live.presence.tooltip", String.join("\n", names));
    }

    /** "12 new numbers — show". */
    public String newNumbers(int count) {
        return messages.get("live.newNumbers", count);
    }

    /** The inline notice for the row being edited, or null when there is none. */
    public String conflict(LiveUpdates.EditConflict conflict) {
        return switch (conflict) {
            case NONE -> null;
            case CHANGED -> messages.get("live.conflict.changed");
            case DELETED -> messages.get("live.conflict.deleted");
        };
    }
}
