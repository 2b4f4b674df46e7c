package id.wacontacts.service.transfer;

import id.wacontacts.domain.Category;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.ImportException.Problem;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories an import puts rows into: the chosen one, and those a category column names.
 * Names match exactly, as the unique constraint compares them.
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

    private final Map<String, Target> known = new HashMap<>();
    private final List<String> created = new ArrayList<>();
    private final boolean mayCreate;
    private final Creator creator;
    private final Target fallback;

    /**
     * @param existing every category's name and id
     * @param fallback the chosen category for rows without one, or null
     * @param creator  creates a category; null in a preview, where new categories only get a placeholder id
     */
    CategoryTable(Map<String, Integer> existing, Target fallback, boolean mayCreate, Creator creator) {
        existing.forEach((name, id) -> known.put(name, new Target(id, name, null)));
        this.fallback = fallback == null ? NO_CATEGORY : fallback;
        this.mayCreate = mayCreate;
        this.creator = creator;
    }

    Target target(String cell) throws SQLException {
        if (cell == null) {
            return fallback;
        }
        Target target = known.get(cell);
        if (target != null) {
            return target;
        }
        if (cell.codePointCount(0, cell.length()) > Category.NAME_MAX_LENGTH) {
            return NAME_TOO_LONG;
        }
        if (!mayCreate) {
            target = new Target(0, cell, RowRejection.CATEGORY_MISSING);
        } else {
            if (created.size() >= MAX_NEW_CATEGORIES) {
                throw new ImportException(Problem.TOO_MANY_CATEGORIES, String.valueOf(MAX_NEW_CATEGORIES),
                        "The category column names more than " + MAX_NEW_CATEGORIES
                                + " new categories; it is probably not a category column.");
            }
            int id = creator == null ? -1 - created.size() : creator.create(cell);
            created.add(cell);
            target = new Target(id, cell, null);
        }
        known.put(cell, target);
        return target;
    }

    /** The categories this import created (or would create), in the order first met. */
    List<String> created() {
        return List.copyOf(created);
    }
}
