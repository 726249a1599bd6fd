package org.herald.model;

/** A character range [begin, end) of an article's text, with the text it covers. */
public record Span(int begin, int end, String text) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        if (text == null) {
            throw new IllegalArgumentException("span text is null");
        }
    }

    /** The span of {@code whole} from begin to end. */
    public static Span of(String whole, int begin, int end) {
        return new Span(begin, end, whole.substring(begin, end));
    }
}
