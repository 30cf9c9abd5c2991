package dev.stackbench.app.ui.export;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regex highlighting of the exported files by language (Java, YAML, XML, SQL, JSON, properties-like text) into
 * RichTextFX style classes: code-comment, code-string, code-keyword, code-key, code-number, code-tag.
 */
final class CodeHighlighter {
    private static final String STRING = "(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')";
    private static final String NUMBER = "(?<NUMBER>\\b\\d+(?:\\.\\d+)?\\b)";
    private static final Pattern JAVA = Pattern.compile("(?<COMMENT>//[^\\n]*|/\\*(?s:.)*?\\*/)|" + STRING
            + "|(?<KEYWORD>\\b(?:package|import|public|private|protected|final|static|class|record|interface|enum|"
            + "return|new|if|else|for|while|switch|case|default|throw|throws|try|catch|finally|void|boolean|int|"
            + "long|double|this|null|true|false|extends|implements|var|yield)\\b)|(?<TAG>@\\w+)|" + NUMBER);
    private static final Pattern YAML = Pattern.compile("(?<COMMENT>#[^\\n]*)|(?<KEY>^[ \\t-]*[\\w.$/{}-]+(?=:))|"
            + STRING + "|" + NUMBER, Pattern.MULTILINE);
    private static final Pattern XML = Pattern.compile("(?<COMMENT><!--(?s:.)*?-->)|(?<TAG></?[\\w:.-]+|/?>)|"
            + STRING);
    private static final Pattern SQL = Pattern.compile("(?<COMMENT>--[^\\n]*)|" + STRING + "|(?<KEYWORD>\\b(?i:"
            + "create|table|alter|add|constraint|foreign|key|references|primary|index|unique|on|delete|cascade|"
            + "restrict|set|not|null|default|generated|by|as|identity|drop|column|rename|to)\\b)|" + NUMBER);
    private static final Pattern JSON = Pattern.compile("(?<KEY>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))|" + STRING + "|"
            + NUMBER + "|(?<KEYWORD>\\b(?:true|false|null)\\b)");
    private static final Pattern TEXT = Pattern.compile("(?<COMMENT>^#[^\\n]*)|(?<KEY>^[A-Z_]+(?==))",
            Pattern.MULTILINE);

    private CodeHighlighter() {
    }

    static StyleSpans<Collection<String>> highlight(String path, String text) {
        Matcher m = patternFor(path).matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(List.of(style(m)), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    private static Pattern patternFor(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".java")) {
            return JAVA;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".xml")) {
            return XML;
        }
        if (name.endsWith(".sql")) {
            return SQL;
        }
        return name.endsWith(".json") ? JSON : TEXT;
    }

    private static String style(Matcher m) {
        for (String group : List.of("COMMENT", "STRING", "KEYWORD", "KEY", "TAG", "NUMBER")) {
            try {
                if (m.group(group) != null) {
                    return "code-" + group.toLowerCase(Locale.ROOT);
                }
            } catch (IllegalArgumentException absent) {
                // this language has no such group
            }
        }
        return "code-plain";
    }
}
