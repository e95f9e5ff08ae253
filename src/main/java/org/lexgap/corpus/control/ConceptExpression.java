package org.lexgap.corpus.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A boolean expression over concept ids, as checklist indicators are written:
 * {@code extraterritorial-jurisdiction AND (national OR habitual-resident) AND NOT tissue-cell}.
 * AND binds tighter than OR; NOT applies to the term that follows.
 */
public sealed interface ConceptExpression {

    record Concept(String id) implements ConceptExpression { }

    record And(List<ConceptExpression> operands) implements ConceptExpression { }

    record Or(List<ConceptExpression> operands) implements ConceptExpression { }

    record Not(ConceptExpression operand) implements ConceptExpression { }

    /** Every concept id the expression names. */
    default Set<String> conceptIds() {
        Set<String> ids = new LinkedHashSet<>();
        collect(this, ids);
        return ids;
    }

    private static void collect(ConceptExpression e, Set<String> ids) {
        if (e instanceof Concept c) {
            ids.add(c.id());
        } else if (e instanceof And a) {
            a.operands().forEach(o -> collect(o, ids));
        } else if (e instanceof Or o) {
            o.operands().forEach(x -> collect(x, ids));
        } else if (e instanceof Not n) {
            collect(n.operand(), ids);
        }
    }

    static ConceptExpression parse(String text) {
        return new Parser(text).parse();
    }

    /** Recursive descent over the tokens AND, OR, NOT, parentheses and concept ids. */
    final class Parser {
        private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z0-9][A-Za-z0-9-]*)");
        private final List<String> tokens = new ArrayList<>();
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
            Matcher m = TOKEN.matcher(text);
            int end = 0;
            while (m.lookingAt()) {
                tokens.add(m.group(1));
                end = m.end();
                m.region(end, text.length());
            }
            if (!text.substring(end).isBlank()) {
                throw new IllegalArgumentException("unexpected '" + text.substring(end).trim() + "' in '" + text + "'");
            }
        }

        ConceptExpression parse() {
            ConceptExpression e = or();
            if (position < tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + tokens.get(position) + "' in '" + text + "'");
            }
            return e;
        }

        private ConceptExpression or() {
            List<ConceptExpression> operands = new ArrayList<>(List.of(and()));
            while (accept("OR")) {
                operands.add(and());
            }
            return operands.size() == 1 ? operands.get(0) : new Or(List.copyOf(operands));
        }

        private ConceptExpression and() {
            List<ConceptExpression> operands = new ArrayList<>(List.of(unary()));
            while (accept("AND")) {
                operands.add(unary());
            }
            return operands.size() == 1 ? operands.get(0) : new And(List.copyOf(operands));
        }

        private ConceptExpression unary() {
            if (accept("NOT")) {
                return new Not(unary());
            }
            if (accept("(")) {
                ConceptExpression inner = or();
                if (!accept(")")) {
                    throw new IllegalArgumentException("missing ')' in '" + text + "'");
                }
                return inner;
            }
            if (position >= tokens.size()) {
                throw new IllegalArgumentException("a concept id is missing at the end of '" + text + "'");
            }
            String token = tokens.get(position++);
            if (token.equals(")") || token.equals("AND") || token.equals("OR")) {
                throw new IllegalArgumentException("unexpected '" + token + "' in '" + text + "'");
            }
            return new Concept(token);
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }
    }
}
