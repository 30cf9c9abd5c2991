package dev.stackbench.model;

/** The field types the model supports; SQL, JSON and Java types are derived from these. */
public enum FieldType {
    STRING, TEXT, INT, LONG, DECIMAL, BOOLEAN, DATE, DATETIME, UUID, ENUM, JSON;

    public boolean isNumeric() {
        return this == INT || this == LONG || this == DECIMAL;
    }

    public boolean isTextual() {
        return this == STRING || this == TEXT;
    }
}
