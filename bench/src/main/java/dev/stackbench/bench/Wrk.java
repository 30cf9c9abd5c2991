package dev.stackbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's {@code wrk} against a URL and reads requests per second and the p50 / p99 latencies. */
final class Wrk {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)");

    private Wrk() {
    }

    /** One measurement: throughput and latencies in milliseconds, plus non-2xx answers seen. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, String raw) {
        String row(String name) {
            return String.format(Locale.ROOT, "%-44s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms", name,
                    requestsPerSecond, p50Millis, p99Millis);
        }
    }

    static Result run(String url, int seconds, int connections) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                url)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        if (out.contains("Non-2xx")) {
            throw new IOException("wrk saw non-2xx answers for " + url + ":\n" + out);
        }
        Matcher rps = RPS.matcher(out);
        if (!rps.find()) {
            throw new IOException("no Requests/sec in wrk output:\n" + out);
        }
        double p50 = 0;
        double p99 = 0;
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double ms = toMillis(Double.parseDouble(m.group(2)), m.group(3));
            if (m.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        return new Result(Double.parseDouble(rps.group(1)), p50, p99, out);
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
