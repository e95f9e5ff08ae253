package org.lexgap.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexgap.search.control.ParsedQuery.Group;
import org.lexgap.search.control.ParsedQuery.Term;

/**
 * Parses lexgap's query language: words, {@code "phrases"}, {@code -excluded}, {@code a OR b}, a trailing
 * {@code prefix*}, and citation forms ({@code art. 10}, {@code § 18}, {@code s. 3}, {@code section 32A}).
 *
 * <p>Lenient where a reading is obvious (an unclosed quote runs to the end; a stray OR or minus is ignored);
 * a {@link QueryException} for what cannot be run: more than {@value #MAX_LENGTH} characters, more than
 * {@value #MAX_TERMS} terms, control characters, a leading wildcard.
 */
public final class HumanQueryParser {

    public static final int MAX_LENGTH = 1000;
    public static final int MAX_TERMS = 32;
    private static final int MIN_PREFIX = 3;

    private static final Set<String> CITATION_WORDS = Set.of("art", "art.", "arts", "arts.", "article", "articles",
            "artikel", "artículo", "articulo", "artigo", "articolo", "artykuł", "článek", "čl.", "madde", "статья",
            "стаття", "ст.", "член", "§", "§§", "s.", "ss.", "sec.", "section", "sections", "para", "para.",
            "paragraph", "principle", "gp", "rule");
    private static final Pattern NUMBER = Pattern.compile("\\d+\\p{L}{0,3}([-.](\\d+|\\p{L}+))*(\\(\\w+\\))*[.,;:]?");
    private static final Pattern JOINED = Pattern.compile("(§|art\\.?|s\\.)(\\d+[a-z]{0,3})(\\(\\w+\\))*[.,;:]?");

    private record Token(String text, boolean phrase, boolean negated) {
    }

    private HumanQueryParser() {
    }

    public static ParsedQuery parse(String query) {
        if (query == null || query.isBlank()) {
            return new ParsedQuery(List.of(), List.of(), List.of());
        }
        if (query.length() > MAX_LENGTH) {
            throw new QueryException("The query is longer than " + MAX_LENGTH + " characters.");
        }
        List<Token> tokens = tokenize(query);
        List<Group> groups = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        boolean orPending = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lower = t.text.toLowerCase(Locale.ROOT);
            if (!t.phrase && !t.negated && "OR".equals(t.text)) {
                orPending = !groups.isEmpty();
                continue;
            }
            if (!t.phrase && !t.negated) {
                Matcher joined = JOINED.matcher(lower);
                if (joined.matches()) {
                    numbers.add(joined.group(2));
                    orPending = false;
                    continue;
                }
                if (CITATION_WORDS.contains(lower) && i + 1 < tokens.size() && !tokens.get(i + 1).phrase
                        && NUMBER.matcher(tokens.get(i + 1).text.toLowerCase(Locale.ROOT)).matches()) {
                    numbers.add(SearchFields.numberCore(tokens.get(++i).text));
                    orPending = false;
                    continue;
                }
            }
            Term term = term(t);
            if (term == null) {
                continue;
            }
            if (t.negated) {
                excluded.add(term);
            } else if (orPending) {
                Group last = groups.remove(groups.size() - 1);
                List<Term> alternatives = new ArrayList<>(last.alternatives());
                alternatives.add(term);
                groups.add(new Group(List.copyOf(alternatives)));
            } else {
                groups.add(new Group(List.of(term)));
            }
            orPending = false;
        }
        int count = excluded.size() + numbers.size() + groups.stream().mapToInt(g -> g.alternatives().size()).sum();
        if (count > MAX_TERMS) {
            throw new QueryException("The query has more than " + MAX_TERMS + " words; shorten it.");
        }
        return new ParsedQuery(List.copyOf(groups), List.copyOf(excluded), List.copyOf(numbers));
    }

    private static Term term(Token t) {
        String text = t.text.strip();
        if (t.phrase) {
            text = text.replace("*", " ").replace("?", " ").strip();
            return text.isEmpty() ? null : Term.phrase(text);
        }
        if (text.startsWith("*") || text.startsWith("?")) {
            throw new QueryException("A word may not start with a wildcard ('" + t.text + "').");
        }
        boolean prefix = text.endsWith("*") && text.indexOf('*') == text.length() - 1 && text.indexOf('?') < 0;
        text = text.replace("*", " ").replace("?", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (prefix && text.codePointCount(0, text.length()) < MIN_PREFIX) {
            throw new QueryException("A prefix search needs at least " + MIN_PREFIX + " letters before '*'.");
        }
        return new Term(text, false, prefix);
    }

    private static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        String q = query.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"')
                .replace('\u00AB', '"').replace('\u00BB', '"');
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new QueryException("The query contains a control character.");
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                negated = true;
                c = q.charAt(++i);
            }
            if (c == '"') {
                int end = q.indexOf('"', i + 1);
                int stop = end < 0 ? n : end;
                checkControl(q, i + 1, stop);
                tokens.add(new Token(q.substring(i + 1, stop), true, negated));
                i = end < 0 ? n : end + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '"') {
                checkControl(q, i, i + 1);
                i++;
            }
            tokens.add(new Token(q.substring(start, i), false, negated));
        }
        return tokens;
    }

    private static void checkControl(String q, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = q.charAt(k);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new QueryException("The query contains a control character.");
            }
        }
    }
}
