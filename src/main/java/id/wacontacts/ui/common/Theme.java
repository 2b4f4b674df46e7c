package id.wacontacts.ui.common;

/** The window's colours: the operating system's choice, or always light, or always dark. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** The stored name read back; an unknown or missing one follows the system. */
    public static Theme parse(String name) {
        for (Theme theme : values()) {
            if (theme.name().equals(name)) {
                return theme;
            }
        }
        return SYSTEM;
    }

    /** Whether the window is dark with this choice, given whether the system is. */
    public boolean dark(boolean systemDark) {
        return this == DARK || (this == SYSTEM && systemDark);
    }
}
