package org.herald.nlp;

/**
 * A token of a parsed sentence: a view into the article text by offsets.
 *
 * @param index position in its sentence, from 0
 * @param tag   Penn Treebank part-of-speech tag
 * @param ner   named-entity class (PERSON, LOCATION, ORGANIZATION) or "O"
 * @param begin character offset of the token in the article text
 * @param end   end offset (exclusive)
 */
public record Token(int index, String word, String lemma, String tag, String ner, int begin, int end) {

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isPronoun() {
        return tag.equals("PRP") || tag.equals("PRP$");
    }

    public boolean isAdjective() {
        return tag.startsWith("JJ");
    }

    public boolean isNumber() {
        return tag.equals("CD");
    }

    /** The lemma in lower case (CoreNLP keeps proper-noun case in lemmas). */
    public String lower() {
        return lemma.toLowerCase(java.util.Locale.ROOT);
    }
}
