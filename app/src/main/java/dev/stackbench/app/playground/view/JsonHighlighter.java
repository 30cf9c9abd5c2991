package dev.stackbench.app.playground.view;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regex-based JSON highlighting into RichTextFX style classes (json-key, json-string, json-number, ...). */
final class JsonHighlighter {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<KEY>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))"
                    + "|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\")"
                    + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
                    + "|(?<BRACE>[{}\\[\\]])");

    private JsonHighlighter() {
    }

    static StyleSpans<Collection<String>> highlight(String text, int errorOffset) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(List.of(styleOf(m)), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        StyleSpans<Collection<String>> base = spans.create();
        if (errorOffset < 0 || text.isEmpty()) {
            return base;
        }
        int at = Math.min(errorOffset, text.length() - 1);
        StyleSpansBuilder<Collection<String>> error = new StyleSpansBuilder<>();
        error.add(Collections.emptyList(), at);
        error.add(List.of("json-error"), 1);
        error.add(Collections.emptyList(), text.length() - at - 1);
        return base.overlay(error.create(), (a, b) -> b.isEmpty() ? a : b);
    }

    private static String styleOf(Matcher m) {
        if (m.group("KEY") != null) {
            return "json-key";
        }
        if (m.group("STRING") != null) {
            return "json-string";
        }
        if (m.group("NUMBER") != null) {
            return "json-number";
        }
        return m.group("LITERAL") != null ? "json-literal" : "json-brace";
    }
}
