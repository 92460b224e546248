package org.idds.cds.web.input;

/**
 * A short, printable excerpt of a value a client sent, for echoing in an error message: at most
 * {@value InputLimits#EXCERPT_LENGTH} characters then an ellipsis, control characters and unpaired surrogates shown as
 * {@code U+XXXX}, and the characters Bean Validation would read as message expressions (braces, dollar signs)
 * neutralised, so an excerpt can be put in a constraint message template.
 */
public final class Excerpt {

    private Excerpt() {}

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        boolean cut = text.length() > InputLimits.EXCERPT_LENGTH;
        int end = cut ? InputLimits.EXCERPT_LENGTH : text.length();
        if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 8);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !pairedAt(text, i)) {
                out.append(String.format("U+%04X", (int) c));
            } else if (c == '{') {
                out.append('(');
            } else if (c == '}') {
                out.append(')');
            } else if (c != '$') {
                out.append(c);
            }
        }
        return cut ? out.append('…').toString() : out.toString();
    }

    /** Whether the surrogate at {@code i} belongs to a valid pair. */
    static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
