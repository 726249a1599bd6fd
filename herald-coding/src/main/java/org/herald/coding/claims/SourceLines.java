package org.herald.coding.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's own furniture that names where a story came from: a "Source: Krone" line, or a wire
 * dateline such as "SEOUL, Oct 18 (Yonhap) -". Stateless.
 */
public final class SourceLines {
    private static final Pattern SOURCE = Pattern.compile(
            "(?m)^[ \\t]*(?:Source|Sources|Quelle|Fuente|Credit|Via)[ \\t]*:[ \\t]*([^\\n]{1,80}?)[ \\t.]*$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*[A-Z][A-Za-z .'’-]{1,40}(?:,[ \\t]*[A-Z][A-Za-z .]{1,20})?,?[ \\t]+"
                    + "(?:[A-Z][a-z]{2,8}\\.?[ \\t]+\\d{1,2}|\\d{1,2}[ \\t]+[A-Z][a-z]{2,8})"
                    + "(?:,?[ \\t]+\\d{4})?[ \\t]*\\(([^)\\n]{2,40})\\)[ \\t]*[-–—]");
    private static final Pattern AGENCY_ONLY = Pattern.compile("(?m)^[ \\t]*[A-Z][A-Z .'’-]{1,40}[ \\t]*\\(([^)\\n]{2,40})\\)[ \\t]*[-–—]");

    private SourceLines() {
    }

    /** The upstream source the page names: a "Source:" line wins over a dateline; null when there is none. */
    public static String upstream(String text) {
        Matcher m = SOURCE.matcher(text);
        String found = null;
        while (m.find()) {
            found = m.group(1).strip(); // the last one is the page's own
        }
        if (found != null && !found.isEmpty()) {
            return found;
        }
        m = DATELINE.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        m = AGENCY_ONLY.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * The text with its furniture blanked: each dateline ("SEOUL, Oct 18 (Yonhap) -") and "Source:" line is
     * replaced by spaces of the same length, so the parser sees the sentence that follows a dateline as a
     * sentence of its own and every offset still points into the original text.
     */
    public static String withoutFurniture(String text) {
        char[] out = null;
        for (Pattern p : new Pattern[] {DATELINE, AGENCY_ONLY, SOURCE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int i = m.start(); i < m.end(); i++) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                }
            }
        }
        return out == null ? text : new String(out);
    }
}
