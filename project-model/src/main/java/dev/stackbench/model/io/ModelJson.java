package dev.stackbench.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stackbench.model.Project;

/**
 * The Jackson settings of the model file: pretty, keys in record-declaration order and maps sorted (so a diff of
 * two saves shows only what changed), every array element and every object key on its own line with {@code \n}
 * line ends on every platform, enums in lower case, unknown properties and trailing content refused, parser limits explicit.
 * See docs/decisions/0001-model-file-format.md.
 */
public final class ModelJson {
    /** The format this build writes. Bump it with a migration in {@code FormatMigrations} and a test. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = create();

    private ModelJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64).maxStringLength(5_000_000).maxNumberLength(100).build())
                .build();
        return JsonMapper.builder(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .defaultPrettyPrinter(linePerElement())
                .build();
    }

    /** Two-space indents, {@code "key": value}, one array element per line, {@code []} and {@code {}} when empty. */
    private static DefaultPrettyPrinter linePerElement() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** The whole document: {@code formatVersion} first, then the project. */
    public static String write(Project project) {
        try {
            return MAPPER.writeValueAsString(new ModelDocument(FORMAT_VERSION, project)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A project could not be written as JSON", e);
        }
    }

    /** Parses a document of the current format version (callers migrate older ones first). */
    public static Project read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, ModelDocument.class).project();
    }

    public record ModelDocument(int formatVersion, Project project) {
    }
}
