package id.wacontacts.service.transfer;

import id.wacontacts.domain.Category;
import id.wacontacts.service.CategoryNames;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import id.wacontacts.service.ValidationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories an import puts rows into: the chosen one, and those a category column names.
 * A name is read by {@link CategoryNames}' rules: {@code prospek} goes to {@code Prospek}, a name
 * with a tab or a line break is refused.
 */
final class CategoryTable {

    /** More new categories than this from one file means the wrong column was chosen. */
    static final int MAX_NEW_CATEGORIES = 1_000;

    /** Creates a category (or finds one made meanwhile) and returns its id. */
    @FunctionalInterface
    interface Creator {
        int create(String name) throws SQLException;
    }

    /** A row's category: its id, or why the row cannot be stored. */
    record Target(int id, String name, RowRejection rejection) {
        boolean rejected() {
            return rejection != null;
        }
    }

    private static final Target NO_CATEGORY = new Target(0, null, RowRejection.NO_CATEGORY);
    private static final Target NAME_TOO_LONG = new Target(0, null, RowRejection.CATEGORY_NAME_TOO_LONG);
    private static final Target CONTROL_CHARACTERS = new Target(0, null, RowRejection.CATEGORY_NAME_CONTROL_CHARACTERS);

    /** By the cell as written, so each distinct cell is judged once. */
    private final Map<String, Target> cells = new HashMap<>();
    /** By {@link CategoryNames#key}: the stored categories and those created so far. */
    private final Map<String, Target> byKey = new HashMap<>();
    private final List<String> created = new ArrayList<>();
    private final boolean mayCreate;
    private final Creator creator;
    private Target fallback = NO_CATEGORY;

    /**
     * @param existing every category's name and id
     * @param creator  creates a category; null in a preview, where new categories only get a placeholder id
     */
    CategoryTable(Map<String, Integer> existing, boolean mayCreate, Creator creator) {
        // A name stored as written wins over a look-alike stored before the rules compared them.
        existing.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Target target = new Target(entry.getValue(), entry.getKey(), null);
            cells.put(entry.getKey(), target);
            byKey.putIfAbsent(CategoryNames.key(entry.getKey()), target);
        });
        this.mayCreate = mayCreate;
        this.creator = creator;
    }

    /**
     * Chooses the category for rows that name none: an existing one (or its look-alike), or a new
     * one when creating is allowed.
     *
     * @throws ValidationException the name breaks the rules for category names
     * @throws ImportException CATEGORY_MISSING
     */
    Target choose(String name) throws SQLException {
        String clean = CategoryNames.clean(name);
        Target target = find(clean);
        if (target == null) {
            if (!mayCreate) {
                throw new ImportException(Problem.CATEGORY_MISSING, clean, "There is no category \"" + clean
                        + "\". Create it first, or allow creating it (--create-category).");
            }
            target = create(clean);
        }
        fallback = target;
        return target;
    }

    Target target(String cell) throws SQLException {
        if (cell == null) {
            return fallback;
        }
        Target target = cells.get(cell);
        if (target != null) {
            return target;
        }
        String name = CategoryNames.trim(cell);
        if (CategoryNames.isBlank(name)) {
            target = fallback;
        } else if (CategoryNames.hasControlCharacter(name)) {
            target = CONTROL_CHARACTERS;
        } else if (name.codePointCount(0, name.length()) > Category.NAME_MAX_LENGTH) {
            target = NAME_TOO_LONG;
        } else {
            target = find(name);
            if (target == null) {
                target = mayCreate ? create(name) : new Target(0, name, RowRejection.CATEGORY_MISSING);
            }
        }
        cells.put(cell, target);
        return target;
    }

    private Target find(String name) {
        Target exact = cells.get(name);
        return exact != null && !exact.rejected() ? exact : byKey.get(CategoryNames.key(name));
    }

    private Target create(String name) throws SQLException {
        if (created.size() >= MAX_NEW_CATEGORIES) {
            throw new ImportException(Problem.TOO_MANY_CATEGORIES, String.valueOf(MAX_NEW_CATEGORIES),
                    "The category column names more than " + MAX_NEW_CATEGORIES
                            + " new categories; it is probably not a category column.");
        }
        int id = creator == null ? -1 - created.size() : creator.create(name);
        created.add(name);
        Target target = new Target(id, name, null);
        cells.put(name, target);
        byKey.put(CategoryNames.key(name), target);
        return target;
    }

    /** The categories this import created (or would create), in the order first met. */
    List<String> created() {
        return List.copyOf(created);
    }
}
