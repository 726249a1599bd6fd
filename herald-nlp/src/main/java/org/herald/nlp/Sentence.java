package org.herald.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * A sentence with its tokens and a basic Universal Dependencies tree (one head per token).
 * Immutable. Relations are lower case with their subtype ("nsubj:pass", "nmod:poss", "compound:prt").
 */
public final class Sentence {
    private final int index;
    private final List<Token> tokens;
    private final int[] heads;
    private final String[] rels;
    private final List<List<Integer>> children;

    /**
     * @param heads head index of each token, -1 for the root
     * @param rels  relation of each token to its head ("root" for the root)
     */
    public Sentence(int index, List<Token> tokens, int[] heads, String[] rels) {
        if (heads.length != tokens.size() || rels.length != tokens.size()) {
            throw new IllegalArgumentException("heads/rels do not match the " + tokens.size() + " tokens");
        }
        this.index = index;
        this.tokens = List.copyOf(tokens);
        this.heads = heads.clone();
        this.rels = new String[rels.length];
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < tokens.size(); i++) {
            this.rels[i] = rels[i] == null ? "dep" : rels[i].toLowerCase(Locale.ROOT);
            int h = heads[i];
            if (h >= tokens.size() || h < -1 || h == i) {
                throw new IllegalArgumentException("token " + i + " has bad head " + h);
            }
            if (h >= 0) {
                kids.get(h).add(i);
            }
        }
        List<List<Integer>> frozen = new ArrayList<>();
        for (List<Integer> k : kids) {
            frozen.add(Collections.unmodifiableList(k));
        }
        this.children = Collections.unmodifiableList(frozen);
    }

    /** Index of this sentence in its article, from 0. */
    public int index() {
        return index;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int head(int i) {
        return heads[i];
    }

    public String rel(int i) {
        return rels[i];
    }

    /** The relation without its subtype: "nsubj:pass" gives "nsubj". */
    public String baseRel(int i) {
        String r = rels[i];
        int c = r.indexOf(':');
        return c < 0 ? r : r.substring(0, c);
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Children whose relation equals {@code rel} or starts with {@code rel + ":"}. */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>(2);
        for (int c : children.get(i)) {
            if (rels[c].equals(rel) || rels[c].startsWith(rel + ":")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child with relation {@code rel} (or a subtype of it), or -1. */
    public int child(int i, String rel) {
        for (int c : children.get(i)) {
            if (rels[c].equals(rel) || rels[c].startsWith(rel + ":")) {
                return c;
            }
        }
        return -1;
    }

    public boolean hasChild(int i, String rel) {
        return child(i, rel) >= 0;
    }

    public int root() {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code anc} is {@code i} or one of its ancestors. */
    public boolean dominates(int anc, int i) {
        for (int k = i, guard = 0; k >= 0 && guard <= heads.length; k = heads[k], guard++) {
            if (k == anc) {
                return true;
            }
        }
        return false;
    }

    /** The token indices of the subtree of {@code i}, in order, skipping subtrees whose relation fails {@code keep}. */
    public List<Integer> subtree(int i, java.util.function.Predicate<String> keep) {
        List<Integer> out = new ArrayList<>();
        collect(i, keep, out);
        Collections.sort(out);
        return out;
    }

    private void collect(int i, java.util.function.Predicate<String> keep, List<Integer> out) {
        out.add(i);
        for (int c : children.get(i)) {
            if (keep.test(rels[c])) {
                collect(c, keep, out);
            }
        }
    }

    /** The first token index from {@code from} (inclusive) going left that satisfies p, or -1. */
    public int findLeft(int from, IntPredicate p) {
        for (int k = from; k >= 0; k--) {
            if (p.test(k)) {
                return k;
            }
        }
        return -1;
    }

    public int begin() {
        return tokens.isEmpty() ? 0 : tokens.get(0).begin();
    }

    public int end() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    }

    /** Words joined with single spaces, for messages and debugging. */
    public String words() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.word());
        }
        return b.toString();
    }

    /** A CoNLL-style dump: index, word, lemma, tag, ner, head, relation. */
    public String toConll() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.index() + 1).append('\t').append(t.word()).append('\t').append(t.lemma()).append('\t')
                    .append(t.tag()).append('\t').append(t.ner()).append('\t').append(heads[t.index()] + 1)
                    .append('\t').append(rels[t.index()]).append('\n');
        }
        return b.toString();
    }
}
