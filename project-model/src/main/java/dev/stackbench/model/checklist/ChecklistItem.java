package dev.stackbench.model.checklist;

import java.util.function.Function;

/**
 * One checklist item. {@code required} items decide whether a gate scores at all; advice items only lower a
 * gate from 2 to 1. {@code asvs} is the OWASP ASVS 5.0.0 requirement id ({@code v5.0.0-1.2.4}) or null.
 * {@code evidence} names what an exporter searches its rendered files for to point at file and line.
 */
public record ChecklistItem(String id, Gate gate, String title, boolean required, String asvs, String evidence,
                           Function<ChecklistContext, Evaluation> evaluate) {
}
