package org.herald.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads hand-written parses in a CoNLL-like format, so that tests and users can feed the coder
 * without loading any model. One token per line, tab- or space-separated:
 * {@code index word lemma tag ner head relation} (index and head from 1, head 0 for the root);
 * a blank line ends a sentence; lines starting with '#' are comments. The text is the words joined
 * by single spaces, sentences by newlines, and token offsets point into it.
 */
public final class Conll {
    private Conll() {
    }

    public static AnnotatedText parse(String conll) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : (conll + "\n\n").split("\n", -1)) {
            lineNo++;
            String t = line.strip();
            if (t.startsWith("#")) {
                continue;
            }
            if (t.isEmpty()) {
                if (!rows.isEmpty()) {
                    sentences.add(build(sentences.size(), rows, text));
                    rows.clear();
                }
                continue;
            }
            String[] f = t.split("\\s+");
            if (f.length != 7) {
                throw new IllegalArgumentException("CoNLL line " + lineNo + ": expected 7 fields, got " + f.length + ": " + t);
            }
            rows.add(f);
        }
        return new AnnotatedText(text.toString(), sentences);
    }

    private static Sentence build(int index, List<String[]> rows, StringBuilder text) {
        if (text.length() > 0) {
            text.append('\n');
        }
        List<Token> tokens = new ArrayList<>();
        int[] heads = new int[rows.size()];
        String[] rels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            if (i > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(f[1]);
            tokens.add(new Token(i, f[1], f[2], f[3], f[4], begin, text.length()));
            heads[i] = Integer.parseInt(f[5]) - 1;
            rels[i] = f[6];
        }
        return new Sentence(index, tokens, heads, rels);
    }
}
