package dev.stackbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Small helpers for the immutable lists inside model records. */
public final class Lists {
    private Lists() {
    }

    /** An unmodifiable copy; {@code null} reads as empty so older files and partial JSON load cleanly. */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    public static <T> List<T> minus(List<T> list, Predicate<T> which) {
        return list.stream().filter(which.negate()).toList();
    }

    public static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> edit) {
        return list.stream().map(item -> which.test(item) ? edit.apply(item) : item).toList();
    }
}
