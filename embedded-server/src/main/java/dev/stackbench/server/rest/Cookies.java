package dev.stackbench.server.rest;

/** Reads one cookie from a {@code Cookie} header. */
final class Cookies {
    private Cookies() {
    }

    static String value(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return kv[1];
            }
        }
        return null;
    }
}
