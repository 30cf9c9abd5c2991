package {{package}}.data;

import java.util.List;
import java.util.Optional;

/**
 * Everything the data layer needs about one resource, declared by the generated {@code *Schema} classes: its
 * words for messages ({@code blog post}), table, properties in the contract's order, many-to-many links, unique
 * indexes (as column lists) and the tables whose foreign keys restrict a delete.
 */
public record Schema(String words, String table, Type idType, List<Property> properties, List<Link> links,
                     List<List<String>> uniqueIndexes, List<Reference> restrictedBy) {

    /** A foreign key elsewhere that refuses the delete of a row it still points at. */
    public record Reference(String table, String column) {
    }

    public Schema {
        properties = List.copyOf(properties);
        links = List.copyOf(links);
        uniqueIndexes = List.copyOf(uniqueIndexes);
        restrictedBy = List.copyOf(restrictedBy);
    }

    public Optional<Property> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Property> owner() {
        return properties.stream().filter(p -> p.role() == Property.Role.OWNER).findFirst();
    }

    public Optional<Link> link(String name) {
        return links.stream().filter(l -> l.property().equals(name)).findFirst();
    }

    /** {@code Blog post}, as 404 messages print it. */
    public String title() {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The columns a row shows: everything but sensitive fields. */
    public List<Property> readable() {
        return properties.stream().filter(p -> p.role() != Property.Role.SENSITIVE).toList();
    }
}
