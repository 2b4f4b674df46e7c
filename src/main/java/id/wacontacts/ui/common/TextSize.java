package id.wacontacts.ui.common;

import java.util.List;

/** The text size the window is drawn at, in percent of the normal size: a few steps from 100 to 200. */
public final class TextSize {

    public static final List<Integer> STEPS = List.of(100, 110, 125, 150, 175, 200);
    public static final int NORMAL = 100;
    /** The font size, in pixels, every other size in the stylesheet is relative to (in em) at 100%. */
    public static final double BASE_PIXELS = 13;

    private TextSize() {
    }

    /** The step nearest to {@code percent}: a stored value from another version still lands on a step. */
    public static int nearest(int percent) {
        int best = NORMAL;
        for (int step : STEPS) {
            if (Math.abs(step - percent) < Math.abs(best - percent)) {
                best = step;
            }
        }
        return best;
    }

    /** The next step up, or the largest. */
    public static int larger(int percent) {
        return STEPS.stream().filter(step -> step > percent).findFirst().orElse(STEPS.get(STEPS.size() - 1));
    }

    /** The next step down, or the smallest. */
    public static int smaller(int percent) {
        int smaller = STEPS.get(0);
        for (int step : STEPS) {
            if (step < percent) {
                smaller = step;
            }
        }
        return smaller;
    }

    /** The root font size at {@code percent}, as an inline style. */
    public static String rootStyle(int percent) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_PIXELS * percent / 100.0);
    }
}
