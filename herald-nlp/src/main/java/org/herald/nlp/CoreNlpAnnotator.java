package org.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Stanford CoreNLP 4.5.10 with herald's lean configuration (DESIGN.md): tokenize, ssplit, pos, lemma,
 * the 3-class CRF NER without fine-grained classes, SUTime or numeric classifiers, and the neural
 * dependency parser (basic UD trees). The pipeline loads its models in the constructor; build one and
 * share it (CoreNLP's annotate is safe to call from several threads).
 */
public final class CoreNlpAnnotator implements Annotator {
    public static final String VERSION = "corenlp-4.5.10/lean-1";

    private final StanfordCoreNLP tagging;
    private final StanfordCoreNLP parsing;
    private final Predicate<String> verbs;

    public CoreNlpAnnotator() {
        this(new Properties(), w -> false);
    }

    /** @param verbs lemmas known as verbs: "to sanction 18 officials" tagged as a noun is retagged before parsing */
    public CoreNlpAnnotator(Predicate<String> verbs) {
        this(new Properties(), verbs);
    }

    /**
     * @param overrides CoreNLP properties that replace herald's defaults
     * @param verbs     lemmas known as verbs (see {@link #retag})
     */
    public CoreNlpAnnotator(Properties overrides, Predicate<String> verbs) {
        Properties p = leanProperties();
        p.putAll(overrides);
        Properties tag = new Properties();
        tag.putAll(p);
        tag.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        this.tagging = new StanfordCoreNLP(tag);
        Properties parse = new Properties();
        parse.putAll(p);
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        this.parsing = new StanfordCoreNLP(parse);
        this.verbs = verbs;
    }

    public static Properties leanProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.extradependencies", "NONE");
        return p;
    }

    @Override
    public AnnotatedText annotate(String text) {
        Annotation doc = new Annotation(text);
        tagging.annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            retag(s.get(CoreAnnotations.TokensAnnotation.class), verbs);
        }
        parsing.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.add(convert(out.size(), s));
        }
        return new AnnotatedText(text, out);
    }

    /**
     * The tagger reads an infinitive after a noun as a noun now and then ("the decision by the EU to sanction 18
     * more officials" tags "sanction" NN), and the parse that follows goes wrong. A known verb right after "to" and
     * right before what can only open its object (a determiner, a number, a possessive, a name) is a verb.
     */
    public static void retag(List<CoreLabel> tokens, Predicate<String> verbs) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!"NN".equals(t.tag()) || !tokens.get(i - 1).word().equalsIgnoreCase("to")) {
                continue;
            }
            String next = tokens.get(i + 1).tag();
            boolean opensObject = "DT".equals(next) || "CD".equals(next) || "PRP$".equals(next) || "NNP".equals(next)
                    || "NNPS".equals(next) || "PDT".equals(next);
            String lemma = t.lemma() == null ? t.word().toLowerCase(java.util.Locale.ROOT) : t.lemma();
            if (opensObject && verbs.test(lemma)) {
                t.setTag("VB");
                tokens.get(i - 1).setTag("TO");
            }
        }
        // and the other way: a base-form "verb" closing a noun phrase that a determiner opened ("a U.S. surveillance
        // drone over the Black Sea") is a noun
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!"VB".equals(t.tag())) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && isNominalModifier(tokens.get(k).tag())) {
                k--;
            }
            // ... and nothing follows that could be its object ("demanded that the Taliban release an American")
            String after = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : ".";
            boolean closes = after.equals("IN") || after.equals(".") || after.equals(",") || after.equals("CC")
                    || after.equals("TO") || after.equals(":");
            if (k >= 0 && closes && !afterComplementizer(tokens, i)) {
                String opener = tokens.get(k).tag();
                if ("DT".equals(opener) || "PRP$".equals(opener) || "POS".equals(opener)) {
                    t.setTag("NN");
                    t.setLemma(t.word().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        // "the" is never followed by a finite verb: "The protests paralysed the city" tags "protests" VBZ
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if ("VBZ".equals(t.tag()) && tokens.get(i - 1).word().equalsIgnoreCase("the")
                    && t.word().toLowerCase(java.util.Locale.ROOT).endsWith("s")) {
                t.setTag("NNS");
                t.setLemma(Morphology.lemmaStatic(t.word(), "NNS", true));
            }
        }
        // a known verb's past form tagged as an adjective between a noun and what can only open its object ("The
        // strike paralysed the capital") is the verb: no adjective takes a determiner or a name after it
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String word = t.word().toLowerCase(java.util.Locale.ROOT);
            String before = tokens.get(i - 1).tag();
            String after = tokens.get(i + 1).tag();
            if (!"JJ".equals(t.tag()) || !word.endsWith("ed") || before == null || !before.startsWith("NN")
                    || !opensObject(after)) {
                continue;
            }
            if (before.startsWith("NNP") && after.startsWith("NNP")) {
                continue; // "Iran backed Houthi rebels" may be a name's hyphenless "-backed"
            }
            String lemma = Morphology.lemmaStatic(t.word(), "VBD", true);
            if (verbs.test(lemma)) {
                t.setTag("VBD");
                t.setLemma(lemma);
            }
        }
        // an -ing "noun" right after a verb of aspect and before what can only open an object is its gerund
        // complement: "Israel resumed bombing Gaza" (but "resumed bombing raids" is a noun)
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel v = tokens.get(i - 1);
            String lemma = v.lemma() == null ? "" : v.lemma().toLowerCase(java.util.Locale.ROOT);
            if ("NN".equals(t.tag()) && t.word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")
                    && v.tag() != null && v.tag().startsWith("VB") && ASPECT.contains(lemma)
                    && opensObject(tokens.get(i + 1).tag())) {
                t.setTag("VBG");
                t.setLemma(Morphology.lemmaStatic(t.word(), "VBG", true));
            }
        }
    }

    /** Verbs of aspect that take an -ing complement: "began collecting", "resumed bombing". */
    private static final java.util.Set<String> ASPECT = java.util.Set.of("begin", "start", "continue", "stop",
            "resume", "keep", "cease");

    /** Tags that can only open a noun phrase that is an object here: a determiner, number, possessive or name. */
    private static boolean opensObject(String tag) {
        return "DT".equals(tag) || "CD".equals(tag) || "PRP$".equals(tag) || "NNP".equals(tag) || "NNPS".equals(tag)
                || "PDT".equals(tag);
    }

    /** Whether "that"/"whether"/"if" opens the clause of token i: "demanded that the Taliban government act". */
    private static boolean afterComplementizer(List<CoreLabel> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            String tag = tokens.get(k).tag();
            if (tag != null && tag.startsWith("VB")) {
                return false;
            }
            String w = tokens.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("that") || w.equals("whether") || w.equals("if") || w.equals("unless")) {
                return true;
            }
        }
        return false;
    }

    /** Prefixes a hyphen joins to a word that is then one word: "re-open", "co-operation", "counter-attack". */
    private static final java.util.Set<String> JOINED_PREFIXES = java.util.Set.of("re", "co", "counter");
    /** Hyphened pairs news also writes as one word, by that word: "cease-fire", "stand-off", "air-strike". */
    private static final java.util.Set<String> CLOSED_COMPOUNDS = java.util.Set.of("ceasefire", "standoff", "shootout",
            "crackdown", "walkout", "airstrike", "sitin", "breakin", "takeover", "pullout", "pullback");

    /**
     * The tokenizer splits hyphened words ("cease - fire"); the last part's lemma is the one word news also writes
     * ("ceasefire", "reopen", "cooperation") so that patterns see one word either way; otherwise the lemma as is.
     */
    static String joinedLemma(List<CoreLabel> labels, int i, String lemma) {
        if (i < 2 || !"-".equals(labels.get(i - 1).word())
                || labels.get(i - 1).beginPosition() != labels.get(i - 2).endPosition()
                || labels.get(i).beginPosition() != labels.get(i - 1).endPosition()) {
            return lemma;
        }
        String first = labels.get(i - 2).word().toLowerCase(java.util.Locale.ROOT);
        String low = lemma.toLowerCase(java.util.Locale.ROOT);
        if (JOINED_PREFIXES.contains(first)) {
            return first + low;
        }
        return CLOSED_COMPOUNDS.contains(first + low) ? first + low : lemma;
    }

    private static boolean isNominalModifier(String tag) {
        return tag != null && (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD"));
    }

    private static Sentence convert(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, l.word(), joinedLemma(labels, i, lemma), l.tag(), ner,
                    l.beginPosition(), l.endPosition()));
        }
        int[] heads = new int[labels.size()];
        String[] rels = new String[labels.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (g != null) {
            for (IndexedWord r : g.getRoots()) {
                rels[r.index() - 1] = "root";
            }
            for (SemanticGraphEdge e : g.edgeIterable()) {
                int d = e.getDependent().index() - 1;
                heads[d] = e.getGovernor().index() - 1;
                rels[d] = e.getRelation().toString();
            }
            // Tokens the parser left unattached (punctuation in rare cases) hang from the first root.
            int root = g.getRoots().isEmpty() ? -1 : g.getFirstRoot().index() - 1;
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] < 0 && i != root && root >= 0 && !"root".equals(rels[i])) {
                    heads[i] = root;
                }
                if (heads[i] < 0 && i != root && root >= 0) {
                    heads[i] = root;
                    rels[i] = "dep";
                }
            }
        } else {
            for (int i = 1; i < heads.length; i++) {
                heads[i] = 0;
            }
            if (heads.length > 0) {
                rels[0] = "root";
            }
        }
        return ParseRepair.repair(new Sentence(index, tokens, heads, rels));
    }

    @Override
    public String describe() {
        return VERSION;
    }
}
