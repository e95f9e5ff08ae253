package org.lexgap.corpus.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A boolean expression over ids, as the checklist writes its detection rules (over concept ids:
 * {@code extraterritorial-jurisdiction AND (national OR habitual-resident) AND NOT tissue-cell}) and its level
 * requirements (over condition ids: {@code nationals AND habitual-residents}).
 * AND binds tighter than OR; NOT applies to the term that follows.
 */
public sealed interface ConceptExpression {

    record Concept(String id) implements ConceptExpression { }

    record And(List<ConceptExpression> operands) implements ConceptExpression { }

    record Or(List<ConceptExpression> operands) implements ConceptExpression { }

    record Not(ConceptExpression operand) implements ConceptExpression { }

    /** Whether the expression holds when exactly the ids {@code holds} accepts are true. */
    default boolean test(java.util.function.Predicate<String> holds) {
        return evaluate(id -> holds.test(id) ? Truth.TRUE : Truth.FALSE) == Truth.TRUE;
    }

    /**
     * The expression's value in three-valued (Kleene) logic: an id may be true, false or unknown; AND is false as
     * soon as one operand is false, OR true as soon as one is true, and unknown otherwise when any operand is.
     */
    default Truth evaluate(java.util.function.Function<String, Truth> value) {
        if (this instanceof Concept c) {
            return value.apply(c.id());
        }
        if (this instanceof Not n) {
            return n.operand().evaluate(value).not();
        }
        boolean and = this instanceof And;
        List<ConceptExpression> operands = and ? ((And) this).operands() : ((Or) this).operands();
        Truth result = and ? Truth.TRUE : Truth.FALSE;
        for (ConceptExpression operand : operands) {
            Truth t = operand.evaluate(value);
            if (t == (and ? Truth.FALSE : Truth.TRUE)) {
                return t;
            }
            if (t == Truth.UNKNOWN) {
                result = Truth.UNKNOWN;
            }
        }
        return result;
    }

    /** A truth value of three-valued logic. */
    enum Truth {
        TRUE, FALSE, UNKNOWN;

        Truth not() {
            return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
        }
    }

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
