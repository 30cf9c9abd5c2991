package dev.stackbench.server.oauth;

import java.util.List;
import java.util.TreeMap;

/**
 * The small HTML page of {@code GET /oauth/authorize}: which app asks, for which scopes, and the seed users to
 * sign in as. Every value is HTML-escaped; the request travels in hidden fields plus a one-time consent token.
 */
final class ConsentPage {
    private ConsentPage() {
    }

    static String render(String appName, AuthorizeRequest request, List<LocalUser> users, String consentToken) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in to ")
                .append(esc(appName)).append("</title><style>body{font-family:sans-serif;max-width:32rem;")
                .append("margin:3rem auto}label{display:block;margin:.4rem 0}</style></head><body>")
                .append("<h1>Sign in to ").append(esc(appName)).append("</h1>")
                .append("<p>Local authorization server. <b>").append(esc(request.clientId()))
                .append("</b> asks for: ").append(esc(request.scope())).append("</p>")
                .append("<form method=\"post\" action=\"/oauth/authorize\">");
        new TreeMap<>(request.formFields()).forEach((k, v) -> hidden(html, k, v));
        hidden(html, "consent", consentToken);
        html.append("<fieldset><legend>Sign in as</legend>");
        for (int i = 0; i < users.size(); i++) {
            LocalUser u = users.get(i);
            html.append("<label><input type=\"radio\" name=\"user_id\" value=\"").append(esc(u.id())).append('"')
                    .append(i == 0 ? " checked" : "").append("> ").append(esc(u.name())).append(" &lt;")
                    .append(esc(u.login())).append("&gt; (").append(esc(u.role())).append(")</label>");
        }
        html.append("</fieldset><button name=\"decision\" value=\"allow\">Allow</button> ")
                .append("<button name=\"decision\" value=\"deny\">Deny</button></form></body></html>");
        return html.toString();
    }

    /** A plain error page for problems that must not be redirected (unknown client, unregistered URI). */
    static String error(String description) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorization error</title>"
                + "</head><body><h1>Authorization error</h1><p>" + esc(description) + "</p></body></html>";
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value))
                .append("\">");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
