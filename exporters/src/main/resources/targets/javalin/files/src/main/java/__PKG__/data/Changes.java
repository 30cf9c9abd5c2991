package {{package}}.data;

import java.util.List;
import java.util.Map;

/** A validated write: column → value, and link → ids. */
public record Changes(Map<String, Object> columns, Map<Link, List<Object>> links) {
}
