package {{package}}.data;

import java.util.List;

/** One page of rows and the total number of rows that match. */
public record Page<T>(List<T> rows, long total) {
}
