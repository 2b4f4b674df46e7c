package id.wacontacts.service;

/** A value breaks one of the spec's validation rules. */
public final class ValidationException extends ServiceException {

    /** The rules, one constant each, so the UI can say exactly what to fix. */
    public enum Rule {
        CATEGORY_NAME_REQUIRED,
        CATEGORY_NAME_TOO_LONG,
        /** Tabs, line breaks, other control characters or bidirectional controls. */
        CATEGORY_NAME_CONTROL_CHARACTERS,
        CATEGORY_DESCRIPTION_TOO_LONG
    }

    private final Rule rule;

    public ValidationException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
