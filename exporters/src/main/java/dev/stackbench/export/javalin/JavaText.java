package dev.stackbench.export.javalin;

import java.util.Set;

/** Java spelling of model names: string literals, identifiers that are not keywords, class names that do not clash. */
final class JavaText {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "record", "var", "yield");
    /** java.lang and platform names a record must not shadow inside the generated packages. */
    private static final Set<String> TAKEN_CLASSES = Set.of("Object", "String", "Class", "Record", "Integer", "Long",
            "Boolean", "Double", "Float", "Number", "Thread", "Process", "System", "Runtime", "Math", "Enum",
            "Character", "Byte", "Short", "Void", "Error", "Exception", "Override", "Module", "Package", "Iterable",
            "Caller", "Page", "Schema", "Property", "Type", "Link", "Crud", "Scope", "Access", "Envelope", "Router",
            "Map", "List", "Optional", "Rows", "Ids", "Changes", "Validator", "Values", "Guard", "Events");

    private JavaText() {
    }

    static String literal(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20 || ch > 0x7e) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String identifier(String name) {
        return KEYWORDS.contains(name) ? name + "_" : name;
    }

    static String className(String pascal) {
        return TAKEN_CLASSES.contains(pascal) ? pascal + "Entity" : pascal;
    }
}
