package dev.stackbench.export.checklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.checklist.ChecklistReport;
import dev.stackbench.model.checklist.Gate;
import dev.stackbench.model.checklist.ItemResult;

import java.util.List;

/**
 * The checklist report as text, JSON, Markdown and a self-contained HTML page; the CLI prints them and the
 * export writes the Markdown and JSON with the file and line that satisfies each item.
 */
public final class ChecklistReports {
    private ChecklistReports() {
    }

    public static String text(ChecklistReport report) {
        StringBuilder out = new StringBuilder();
        for (Gate gate : Gate.values()) {
            out.append(String.format("%s  %d/2%n", gate.title(), report.gateScores().get(gate)));
            for (ItemResult r : inGate(report, gate)) {
                out.append(String.format("  %-16s %-17s %s — %s%n", r.state(), r.item().id(), r.item().title(),
                        detail(r)));
            }
        }
        return out.append(String.format("Total %d/12%n", report.total())).toString();
    }

    public static String markdown(ChecklistReport report) {
        StringBuilder out = new StringBuilder("# Production checklist\n\nTotal: **" + report.total() + "/12**\n");
        for (Gate gate : Gate.values()) {
            out.append("\n## ").append(gate.title()).append(" — ").append(report.gateScores().get(gate))
                    .append("/2\n\n| state | item | ASVS | detail |\n|---|---|---|---|\n");
            for (ItemResult r : inGate(report, gate)) {
                out.append("| ").append(r.done() ? "✅ " : "❌ ").append(r.state()).append(" | ").append(r.item().id())
                        .append(" ").append(r.item().title()).append(" | ").append(nullToEmpty(r.item().asvs()))
                        .append(" | ").append(detail(r).replace("|", "\\|")).append(" |\n");
            }
        }
        return out.toString();
    }

    public static String json(ChecklistReport report) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode().put("total", report.total()).put("outOf", 12)
                .put("securityGateOpen", report.securityGateOpen());
        ObjectNode gates = root.putObject("gates");
        report.gateScores().forEach((gate, score) -> gates.put(gate.name().toLowerCase(), score));
        ArrayNode items = root.putArray("items");
        for (ItemResult r : report.items()) {
            ObjectNode item = items.addObject().put("id", r.item().id()).put("gate", r.item().gate().name()
                    .toLowerCase()).put("title", r.item().title()).put("required", r.item().required())
                    .put("asvs", r.item().asvs()).put("state", r.state().name().toLowerCase())
                    .put("reason", r.reason()).put("note", r.note());
            if (r.evidenceFile() != null) {
                item.putObject("evidence").put("file", r.evidenceFile()).put("line", r.evidenceLine());
            }
            item.put("setting", r.setting() == null ? null : r.setting().toString());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String html(ChecklistReport report) {
        StringBuilder out = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Production checklist</title><style>body{font:14px system-ui,sans-serif;margin:2rem;"
                + "color:#1f2328}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}td,th{border:1px solid "
                + "#d0d7de;padding:.4rem .6rem;text-align:left}th{background:#f6f8fa}.open{color:#cf222e}"
                + ".ok{color:#1a7f37}</style></head><body><h1>Production checklist</h1><p>Total <b>")
                .append(report.total()).append("/12</b></p>");
        for (Gate gate : Gate.values()) {
            out.append("<h2>").append(gate.title()).append(" — ").append(report.gateScores().get(gate))
                    .append("/2</h2><table><tr><th>State</th><th>Item</th><th>ASVS</th><th>Detail</th></tr>");
            for (ItemResult r : inGate(report, gate)) {
                out.append("<tr><td class=\"").append(r.done() ? "ok" : "open").append("\">").append(r.state())
                        .append("</td><td>").append(escape(r.item().id() + " " + r.item().title())).append("</td><td>")
                        .append(escape(nullToEmpty(r.item().asvs()))).append("</td><td>").append(escape(detail(r)))
                        .append("</td></tr>");
            }
            out.append("</table>");
        }
        return out.append("</body></html>\n").toString();
    }

    private static List<ItemResult> inGate(ChecklistReport report, Gate gate) {
        return report.items().stream().filter(r -> r.item().gate() == gate).toList();
    }

    private static String detail(ItemResult r) {
        String where = r.setting() == null ? "" : " (change: " + r.setting().label() + ")";
        String note = r.note().isBlank() ? "" : " — confirmed: " + r.note();
        String evidence = r.evidenceFile() == null ? "" : " — in " + r.evidenceFile() + ":" + r.evidenceLine();
        return r.reason() + (r.done() ? "" : where) + note + evidence;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
