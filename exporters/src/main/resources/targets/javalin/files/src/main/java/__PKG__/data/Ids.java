package {{package}}.data;

import {{package}}.web.ApiException;
import {{package}}.web.FieldError;

import java.util.List;

/** Path ids parsed by the table's id type; a bad one is a 400 naming the path variable. */
public final class Ids {
    private Ids() {
    }

    public static Object parse(String text, Type idType, String variable) {
        try {
            if (idType == Type.UUID) {
                return java.util.UUID.fromString(text);
            }
            long id = Long.parseLong(text);
            if (id >= 1) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below (NumberFormatException is one)
        }
        throw ApiException.invalid(List.of(new FieldError(variable,
                idType == Type.UUID ? "must be a UUID" : "must be an integer")));
    }

    /** A caller's id (ids travel as text in tokens and sessions) as the id type of the table. */
    public static Object of(String callerId, Type idType) {
        return idType == Type.UUID ? java.util.UUID.fromString(callerId) : Long.valueOf(callerId);
    }
}
