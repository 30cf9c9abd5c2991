package dev.stackbench.model.io;

import dev.stackbench.model.Channel;
import dev.stackbench.model.ChecklistState;
import dev.stackbench.model.Decision;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.Layout;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Playground;
import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.Transport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;
import java.util.Map;

/** Arbitrary projects for property tests: odd text, every field type, optional values left out at random. */
final class RandomProjects {
    private RandomProjects() {
    }

    static Arbitrary<Project> projects() {
        Arbitrary<ProjectMeta> meta = Combinators.combine(text(), text(), text()).as(
                (name, description, version) -> new ProjectMeta(name, description, version, null));
        return Combinators.combine(meta, entity().list().ofMaxSize(6), endpoint().list().ofMaxSize(8),
                        channel().list().ofMaxSize(3), decision().list().ofMaxSize(3), layout(), playground(),
                        checklist())
                .as((m, entities, endpoints, channels, decisions, layout, playground, checklist) ->
                        Project.blank("x").withMeta(m).withEntities(entities).withEndpoints(endpoints)
                                .withChannels(channels).withDecisions(decisions).withLayout(layout)
                                .withPlayground(playground).withChecklist(checklist));
    }

    /** Any text without lone surrogates (which no UTF-8 file can hold), quotes and control characters included. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(30),
                Arbitraries.of("", "Café ☕", "naïve \"quoted\" \\ back", "emoji 🚀 pair", "line\nbreak\ttab"));
    }

    private static Arbitrary<String> nullableText() {
        return text().injectNull(0.3);
    }

    private static Arbitrary<Double> number() {
        return Arbitraries.doubles().between(-1e12, 1e12).injectNull(0.4);
    }

    private static Arbitrary<Field> field() {
        Arbitrary<Field> base = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(FieldType.class), Arbitraries.of(true, false), nullableText(),
                Arbitraries.integers().between(0, 10_000).injectNull(0.5), number(), number(),
                text().list().ofMaxSize(4)).as((name, type, flag, defaultValue, length, min, max, values) ->
                Field.of("fld_" + name, name, type).withRequired(flag).withUnique(!flag)
                        .withDefaultValue(defaultValue).withLength(length, length).withRange(min, max)
                        .withEnumValues(values));
        return Combinators.combine(base, nullableText(), Arbitraries.integers().between(1, 38).injectNull(0.5),
                Arbitraries.of(true, false)).as((f, pattern, precision, sensitive) -> f.withPattern(pattern)
                .withDecimal(precision, precision == null ? null : precision / 2).withSensitive(sensitive)
                .withAutoIndexOff(!sensitive));
    }

    private static Arbitrary<Relationship> relationship() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.of(RelationKind.class), Arbitraries.of(OnDelete.class), Arbitraries.of(true, false),
                nullableText()).as((name, kind, onDelete, flag, join) -> new Relationship("rel_" + name, name,
                kind, "ent_" + name, onDelete, flag, flag ? null : name, join, !flag, flag));
    }

    private static Arbitrary<Entity> entity() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), text(),
                field().list().ofMaxSize(5), relationship().list().ofMaxSize(3), Arbitraries.of(true, false),
                nullableText()).as((name, description, fields, relationships, off, table) ->
                Entity.named("ent_" + name, name).withDescription(description).withFields(fields)
                        .withRelationships(relationships).withTimestampsOff(off).withTableName(table));
    }

    private static Arbitrary<Endpoint> endpoint() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(EndpointKind.class), Arbitraries.of(HttpMethod.class), text(),
                Arbitraries.of(true, false), text().list().ofMaxSize(3), Arbitraries.integers().between(0, 599),
                nullableText()).as((name, kind, method, summary, auth, names, status, example) ->
                new Endpoint("ep_" + name, auth ? "ent_" + name : null, kind, method, "/api/" + name, summary, auth,
                        names, !auth, names, example, names, names, example, status, example));
    }

    private static Arbitrary<Channel> channel() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(Transport.class), text(), text().list().ofMaxSize(3), Arbitraries.of(true, false),
                Arbitraries.integers().between(-5, 10_000)).as((name, transport, description, events, flag, size) ->
                new Channel("ch_" + name, name, transport, description, List.of(), events, flag, !flag, events,
                        size, size));
    }

    private static Arbitrary<Decision> decision() {
        return Combinators.combine(text(), text(), text(), nullableText(), text().list().ofMaxSize(3))
                .as((topic, title, choice, rationale, alternatives) -> new Decision("dec_" + title.hashCode(),
                        topic, title, choice, rationale, alternatives, null));
    }

    private static Arbitrary<Layout> layout() {
        Arbitrary<Layout.Point> point = Combinators.combine(Arbitraries.doubles().between(-1e5, 1e5),
                Arbitraries.doubles().between(-1e5, 1e5)).as(Layout.Point::new);
        return Combinators.combine(Arbitraries.maps(text(), point).ofMaxSize(4),
                Arbitraries.doubles().between(0.1, 4)).as(Layout::new);
    }

    private static Arbitrary<Playground> playground() {
        Arbitrary<Map<String, String>> variables = Arbitraries.maps(text(), text()).ofMaxSize(4);
        Arbitrary<Playground.SavedRequest> request = Combinators.combine(text(),
                Arbitraries.of(Playground.SavedRequest.Kind.class), variables, nullableText(),
                text().list().ofMaxSize(2)).as((name, kind, headers, body, messages) ->
                new Playground.SavedRequest("req_" + name.hashCode(), name, kind, "POST", "{{base}}/api/x",
                        headers, body, messages));
        return Combinators.combine(request.list().ofMaxSize(3), variables, nullableText()).as(
                (requests, vars, active) -> new Playground(
                        List.of(new Playground.RequestCollection("col_1", "Saved", requests)),
                        List.of(new Playground.Environment("env_1", "local", vars)), active));
    }

    private static Arbitrary<ChecklistState> checklist() {
        return Arbitraries.maps(text(), nullableText()).ofMaxSize(4).map(notes -> {
            ChecklistState state = ChecklistState.empty();
            for (Map.Entry<String, String> note : notes.entrySet()) {
                state = state.confirm(note.getKey(), note.getValue());
            }
            return state;
        });
    }
}
