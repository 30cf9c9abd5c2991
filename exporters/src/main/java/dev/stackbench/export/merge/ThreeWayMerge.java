package dev.stackbench.export.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A line-based three-way merge (diff3): the changes from {@code base} to {@code ours} (the user's file) and to
 * {@code theirs} (the new export) are combined where they touch different lines; overlapping different changes
 * are a conflict. Files too large for an exact alignment are treated as conflicting rather than guessed at.
 */
public final class ThreeWayMerge {
    private static final long MAX_CELLS = 20_000_000L;

    private ThreeWayMerge() {
    }

    /** The merged text, or empty when the two sides changed the same lines differently. */
    public static Optional<String> merge(String base, String ours, String theirs) {
        if (ours.equals(theirs) || base.equals(theirs)) {
            return Optional.of(ours);
        }
        if (base.equals(ours)) {
            return Optional.of(theirs);
        }
        List<String> b = lines(base);
        List<String> o = lines(ours);
        List<String> t = lines(theirs);
        if ((long) b.size() * Math.max(o.size(), t.size()) > MAX_CELLS) {
            return Optional.empty();
        }
        int[] mo = match(b, o);
        int[] mt = match(b, t);
        StringBuilder out = new StringBuilder();
        int bi = 0;
        int oi = 0;
        int ti = 0;
        while (true) {
            // Find the next base line that both sides kept: a stable anchor.
            int anchor = bi;
            while (anchor < b.size() && (mo[anchor] < 0 || mt[anchor] < 0)) {
                anchor++;
            }
            int oEnd = anchor < b.size() ? mo[anchor] : o.size();
            int tEnd = anchor < b.size() ? mt[anchor] : t.size();
            List<String> baseChunk = b.subList(bi, anchor);
            List<String> oursChunk = o.subList(oi, oEnd);
            List<String> theirsChunk = t.subList(ti, tEnd);
            if (oursChunk.equals(baseChunk)) {
                theirsChunk.forEach(l -> out.append(l));
            } else if (theirsChunk.equals(baseChunk) || theirsChunk.equals(oursChunk)) {
                oursChunk.forEach(l -> out.append(l));
            } else {
                return Optional.empty();
            }
            if (anchor >= b.size()) {
                return Optional.of(out.toString());
            }
            out.append(b.get(anchor));
            bi = anchor + 1;
            oi = oEnd + 1;
            ti = tEnd + 1;
        }
    }

    /** Lines with their line endings kept, so the merge reproduces the files byte for byte. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** For each base line, the index of the line it matches in {@code other} (longest common subsequence), or -1. */
    private static int[] match(List<String> base, List<String> other) {
        int n = base.size();
        int m = other.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = base.get(i).equals(other.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] matched = new int[n];
        Arrays.fill(matched, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (base.get(i).equals(other.get(j))) {
                matched[i++] = j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return matched;
    }
}
