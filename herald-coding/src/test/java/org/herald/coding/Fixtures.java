package org.herald.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.herald.coding.actors.ActorDictionary;
import org.herald.coding.events.PatternSet;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedText;
import org.herald.nlp.Annotator;
import org.herald.nlp.Conll;
import org.herald.nlp.Sentence;

/** Test fixtures: stored parses, a small actor file and small patterns, and a coder that loads no model. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnnotatedText parse(String conllResource) {
        return Conll.parse(resource(conllResource));
    }

    public static ActorDictionary actors() {
        return ActorDictionary.builder().addUserText("test-actors.tsv", resource("test-actors.tsv")).build();
    }

    public static PatternSet patterns() {
        return PatternSet.builder().addText("test-patterns.txt", resource("test-patterns.txt"), false).build();
    }

    /** An annotator that refuses to run: these tests code stored parses only. */
    public static final Annotator NO_MODELS = new Annotator() {
        @Override
        public AnnotatedText annotate(String text) {
            throw new IllegalStateException("unit tests load no NLP models");
        }

        @Override
        public String describe() {
            return "none";
        }
    };

    public static Coder coder() {
        return new Coder(NO_MODELS, actors(), patterns());
    }

    /** Codes a stored parse as an article published on the given day by "Test Wire". */
    public static List<Event> code(String conllResource, String date) {
        AnnotatedText t = parse(conllResource);
        Article a = new Article("test", t.text(), date == null ? null : LocalDate.parse(date), "Test Wire", null,
                null, "en");
        return coder().code(a, t).events();
    }

    /** The stored sentence whose words start with this prefix. */
    public static Sentence sentence(AnnotatedText t, String prefix) {
        for (Sentence s : t.sentences()) {
            if (s.words().startsWith(prefix)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no stored sentence starts with " + prefix);
    }

    /** The index of the first token written {@code word}. */
    public static int tok(Sentence s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).word().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token " + word + " in " + s.words());
    }

    /** Codes one sentence of a stored parse as an article of its own. */
    public static List<Event> codeSentence(String conllResource, int sentence, String date) {
        AnnotatedText all = parse(conllResource);
        AnnotatedText one = new AnnotatedText(all.text(), List.of(all.sentences().get(sentence)));
        Article a = new Article("test-" + sentence, all.text(), date == null ? null : LocalDate.parse(date), "Test Wire",
                null, null, "en");
        return coder().code(a, one).events();
    }

    /** "SRC cameo TGT mode" for each event, for readable assertions. */
    public static List<String> summary(List<Event> events) {
        return events.stream().map(e -> e.sourceActor().code() + " " + e.cameo() + " "
                + (e.targetActor() == null ? "-" : e.targetActor().code()) + " " + e.mode().wire())
                .collect(Collectors.toList());
    }
}
