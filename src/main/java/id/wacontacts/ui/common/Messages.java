package id.wacontacts.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-visible strings in one language, from the {@code id.wacontacts.ui.messages} bundles. */
public final class Messages {

    public static final String BUNDLE = "id.wacontacts.ui.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Indonesian on an Indonesian system (Java says "in" or "id"), English elsewhere. */
    public static Locale defaultLocale() {
        String language = Locale.getDefault().getLanguage();
        return language.equals("id") || language.equals("in") ? INDONESIAN : Locale.ENGLISH;
    }

    /**
     * The sentence for {@code key} with its arguments filled in. Every pattern goes through
     * {@link MessageFormat}, with or without arguments, so a pattern is written one way only: an
     * apostrophe is always doubled ({@code ''}) and braces are always placeholders.
     */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }
}
