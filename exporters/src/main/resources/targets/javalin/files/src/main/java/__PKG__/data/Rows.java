package {{package}}.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Typed reads from a result row, null-safe, in the shapes the API returns. */
public final class Rows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Rows() {
    }

    public static String text(ResultSet rs, String column) throws SQLException {
        return rs.getString(column);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Long bigint(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    /** Decimals without trailing zeros, as the live backend prints them. */
    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? null : v.stripTrailingZeros();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
        return v == null ? null : v.toInstant();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static JsonNode json(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        try {
            return v == null ? null : JSON.readTree(v);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(v);
        }
    }

    /** The link ids of a row, as the type the record declares. */
    @SuppressWarnings("unchecked")
    public static <I> List<I> ids(Map<String, List<Object>> links, String property) {
        return (List<I>) (List<?>) links.getOrDefault(property, List.of());
    }
}
