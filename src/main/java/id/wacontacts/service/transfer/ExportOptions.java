package id.wacontacts.service.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an export writes besides the format: the preset's columns, which numbers (mobiles only) and
 * how many rows per file.
 *
 * @param preset     the columns: the app's own, WhatsApp broadcast, wa.me links or the user's pick
 * @param columns    for {@link Preset#CUSTOM}: the columns in order, each with its header
 * @param numberForm how the phone column writes a number ({@link Preset#WHATSAPP} always uses digits)
 * @param name       what the WhatsApp broadcast's name column holds
 * @param fixedName  the text of {@link NameSource#FIXED}
 * @param mobileOnly skip every number that is not a mobile (the summary counts them per kind)
 * @param splitRows  at most this many rows per file ({@code name-001.csv}, ...); 0 for one file
 */
public record ExportOptions(Preset preset, List<CustomColumn> columns, NumberForm numberForm, NameSource name,
                            String fixedName, boolean mobileOnly, int splitRows) {

    /** The app's own columns, every number, one file: what an export was before presets. */
    public static final ExportOptions STANDARD = new ExportOptions(Preset.STANDARD, List.of(), NumberForm.INTERNATIONAL,
            NameSource.CATEGORY, "", false, 0);

    public enum Preset {
        /** original_number, normalized_number, category, created_at. */
        STANDARD,
        /** phone,name,category with the phone as digits with the country code and no plus. */
        WHATSAPP,
        /** An HTML page of https://wa.me/ links, one list per category. */
        WAME,
        /** The columns the user picks, with their own headers. */
        CUSTOM;

        /** "whatsapp", "wame", "custom" or "standard", any case. */
        public static Preset parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "whatsapp" -> WHATSAPP;
                case "wame", "wa.me" -> WAME;
                case "custom" -> CUSTOM;
                case "standard" -> STANDARD;
                default -> throw new IllegalArgumentException("Unknown preset '" + text + "': use whatsapp, wame or custom");
            };
        }

        /** The WhatsApp presets export mobiles only unless told otherwise. */
        public boolean mobileOnlyByDefault() {
            return this == WHATSAPP || this == WAME;
        }
    }

    /** How a phone column writes +6281234567890. */
    public enum NumberForm {
        /** +6281234567890. */
        INTERNATIONAL,
        /** 6281234567890: what WhatsApp broadcast tools expect. */
        DIGITS,
        /** 081234567890 for Indonesian numbers; numbers of other countries keep their +. */
        NATIONAL
    }

    /** What the WhatsApp broadcast's name column holds. */
    public enum NameSource { CATEGORY, EMPTY, FIXED }

    /** A column a custom export can hold. */
    public enum Field { PHONE, ORIGINAL, CATEGORY, CREATED_AT, TYPE }

    /** One column of a custom export and its header. */
    public record CustomColumn(Field field, String header) {
        public CustomColumn {
            Objects.requireNonNull(field, "field");
            header = header == null || header.isBlank() ? field.name().toLowerCase(Locale.ROOT) : header.strip();
        }
    }

    public ExportOptions {
        Objects.requireNonNull(preset, "preset");
        columns = List.copyOf(columns);
        Objects.requireNonNull(numberForm, "numberForm");
        Objects.requireNonNull(name, "name");
        fixedName = fixedName == null ? "" : fixedName;
        if (splitRows < 0) {
            throw new IllegalArgumentException("splitRows " + splitRows);
        }
        if (preset == Preset.CUSTOM && columns.isEmpty()) {
            throw new IllegalArgumentException("A custom export needs at least one column");
        }
    }

    /** A preset with its own defaults: mobiles only for the WhatsApp presets, the phone as digits. */
    public static ExportOptions of(Preset preset) {
        List<CustomColumn> columns = preset == Preset.CUSTOM
                ? List.of(new CustomColumn(Field.PHONE, "phone"), new CustomColumn(Field.CATEGORY, "category"))
                : List.of();
        NumberForm form = preset == Preset.WHATSAPP ? NumberForm.DIGITS : NumberForm.INTERNATIONAL;
        return new ExportOptions(preset, columns, form, NameSource.CATEGORY, "", preset.mobileOnlyByDefault(), 0);
    }

    public ExportOptions withColumns(List<CustomColumn> chosen) {
        return new ExportOptions(preset, chosen, numberForm, name, fixedName, mobileOnly, splitRows);
    }

    public ExportOptions withNumberForm(NumberForm form) {
        return new ExportOptions(preset, columns, form, name, fixedName, mobileOnly, splitRows);
    }

    public ExportOptions withName(NameSource source, String text) {
        return new ExportOptions(preset, columns, numberForm, source, text, mobileOnly, splitRows);
    }

    public ExportOptions withMobileOnly(boolean only) {
        return new ExportOptions(preset, columns, numberForm, name, fixedName, only, splitRows);
    }

    public ExportOptions withSplitRows(int rows) {
        return new ExportOptions(preset, columns, numberForm, name, fixedName, mobileOnly, rows);
    }
}
