package org.lexgap.assessment.control;

/** Cuts a short passage (a sentence, at most a few hundred characters) out of a provision's text. */
final class Passages {

    static final int MAX = 300;

    private Passages() {
    }

    static String firstSentence(String text) {
        return sentenceAround(text, 0);
    }

    static String sentenceAround(String text, int offset) {
        int dot = offset == 0 ? -1 : text.lastIndexOf(". ", offset - 1);
        int start = dot < 0 ? 0 : dot + 2;
        int end = text.indexOf(". ", offset);
        end = end < 0 ? text.length() : end + 1;
        String sentence = text.substring(start, end).trim();
        return sentence.length() <= MAX ? sentence : sentence.substring(0, MAX - 1).trim() + "…";
    }
}
