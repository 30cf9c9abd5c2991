package dev.stackbench.importer.db;

import dev.stackbench.importer.ImportReport;
import dev.stackbench.importer.db.DbSchema.DbColumn;
import dev.stackbench.importer.db.DbSchema.DbForeignKey;
import dev.stackbench.importer.db.DbSchema.DbIndex;
import dev.stackbench.importer.db.DbSchema.DbTable;
import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointDefaults;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Index;
import dev.stackbench.model.Naming;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tables to entities: a table with a single-column primary key is an entity (its other columns fields, its
 * foreign keys many-to-ones, or one-to-ones when unique); a table of exactly two foreign keys that are its primary
 * key is a many-to-many; a table holding a password hash is the users of password login. Every entity gets the
 * CRUD endpoints, which the database cannot say anything about.
 */
final class SchemaMapper {
    private static final Set<String> BOOKKEEPING = Set.of("flyway_schema_history", "schema_version",
            "databasechangelog", "databasechangeloglock", "refresh_tokens");
    private static final List<String> PASSWORDS = List.of("password_hash", "hashed_password", "password", "passwd");
    private static final List<String> LOGINS = List.of("email", "username", "login");

    private final ImportReport report;
    private final Map<String, Entity> byTable = new LinkedHashMap<>();
    private ApiStyle.IdStyle ids = ApiStyle.IdStyle.NUMERIC;

    private SchemaMapper(ImportReport report) {
        this.report = report;
    }

    static Project map(DbSchema schema, String name, ImportReport report) {
        return new SchemaMapper(report).run(schema, name);
    }

    private Project run(DbSchema schema, String name) {
        List<DbTable> joins = new ArrayList<>();
        for (DbTable t : schema.tables()) {
            if (BOOKKEEPING.contains(t.name().toLowerCase(java.util.Locale.ROOT))) {
                report.note(t.name(), "migration or token bookkeeping of the service; not part of the model");
            } else if (isJoinTable(t)) {
                joins.add(t);
            } else if (t.primaryKey().size() != 1) {
                report.note(t.name(), "no single-column primary key (" + t.primaryKey() + "); the model's entities "
                        + "have an id column, so the table is not imported");
            } else {
                String entityName = Singular.entityName(t.name());
                Entity e = Entity.named("ent_" + Naming.snake(entityName), entityName);
                byTable.put(t.name(), Naming.tableName(e).equals(t.name()) ? e : e.withTableName(t.name()));
            }
        }
        for (DbTable t : schema.tables()) {
            if (byTable.containsKey(t.name())) {
                byTable.put(t.name(), fill(t, byTable.get(t.name())));
            }
        }
        joins.forEach(this::link);
        List<Entity> entities = List.copyOf(byTable.values());
        AuthConfig auth = auth(schema, entities);
        List<Endpoint> endpoints = new ArrayList<>();
        entities.forEach(e -> endpoints.addAll(EndpointDefaults.crud(e, auth.enabled())));
        return Project.blank(name).withEntities(entities).withEndpoints(endpoints).withAuth(auth)
                .withApiStyle(ApiStyle.defaults().withIds(ids));
    }

    private static boolean isJoinTable(DbTable t) {
        return t.columns().size() == 2 && t.foreignKeys().size() == 2 && t.primaryKey().size() == 2;
    }

    private Entity fill(DbTable t, Entity entity) {
        String stem = Naming.snake(entity.name());
        String pk = t.primaryKey().get(0);
        if (!pk.equals("id")) {
            report.note(t.name() + "." + pk, "the primary key is the model's id column, named id");
        }
        t.column(pk).ifPresent(c -> {
            if ("uuid".equalsIgnoreCase(c.typeName()) || c.size() == 36) {
                ids = ApiStyle.IdStyle.UUID;
            }
        });
        List<Field> fields = new ArrayList<>();
        List<Relationship> relations = new ArrayList<>();
        boolean created = false;
        boolean updated = false;
        for (DbColumn c : t.columns()) {
            String pointer = t.name() + "." + c.name();
            if (c.name().equals(pk)) {
                continue;
            }
            if (c.name().equals("created_at") || c.name().equals("updated_at")) {
                created |= c.name().equals("created_at");
                updated |= c.name().equals("updated_at");
                continue;
            }
            Optional<DbForeignKey> fk = t.foreignKey(c.name());
            if (fk.isPresent()) {
                relation(t, c, fk.get(), stem, pointer).ifPresent(relations::add);
                continue;
            }
            fields.add(field(t, c, stem, pointer));
        }
        Entity e = entity.withFields(fields).withRelationships(relations).withTimestampsOff(!created && !updated);
        return e.withIndexes(indexes(t, e, stem));
    }

    private Field field(DbTable t, DbColumn c, String stem, String pointer) {
        String name = Naming.camel(c.name());
        Field f = ColumnTypes.field("fld_" + stem + "_" + Naming.snake(name), name, c, report, pointer)
                .withRequired(!c.nullable()).withUnique(t.unique(c.name()))
                .withDefaultValue(ColumnTypes.defaultValue(c.defaultValue(), report, pointer));
        if (!Naming.column(f).equals(c.name())) {
            report.note(pointer, "column " + c.name() + " is named " + Naming.column(f) + " by the model");
        }
        for (String check : t.checks()) {
            if (c.name().equalsIgnoreCase(Checks.column(check))) {
                Field before = f;
                f = Checks.apply(f, check);
                if (f.equals(before)) {
                    report.note(pointer, "check (" + check + ") has no field constraint counterpart");
                }
            }
        }
        if (PASSWORDS.contains(c.name())) {
            f = f.withSensitive(true);
        }
        return f;
    }

    private Optional<Relationship> relation(DbTable t, DbColumn c, DbForeignKey fk, String stem, String pointer) {
        Entity target = byTable.get(fk.referencedTable());
        if (target == null) {
            report.note(pointer, "references " + fk.referencedTable() + ", which is not imported; not a relation");
            return Optional.empty();
        }
        String name = c.name().endsWith("_id") ? Naming.camel(c.name().substring(0, c.name().length() - 3))
                : Naming.camel(c.name());
        if (!c.name().endsWith("_id")) {
            report.note(pointer, "foreign key column " + c.name() + " is named " + Naming.foreignKeyColumn(name)
                    + " by the model");
        }
        RelationKind kind = t.unique(c.name()) ? RelationKind.ONE_TO_ONE : RelationKind.MANY_TO_ONE;
        return Optional.of(new Relationship("rel_" + stem + "_" + Naming.snake(name), name, kind, target.id(),
                onDelete(fk.deleteRule(), pointer), !c.nullable(), null, null, false, false));
    }

    private OnDelete onDelete(int rule, String pointer) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> OnDelete.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> OnDelete.SET_NULL;
            case DatabaseMetaData.importedKeyRestrict -> OnDelete.RESTRICT;
            default -> {
                report.note(pointer, "on delete NO ACTION / SET DEFAULT: read as restrict");
                yield OnDelete.RESTRICT;
            }
        };
    }

    /** Multi-column unique indexes are the entity's explicit indexes; the rest the plan derives (or reported). */
    private List<Index> indexes(DbTable t, Entity e, String stem) {
        List<Index> out = new ArrayList<>();
        for (DbIndex i : t.indexes()) {
            if (i.columns().equals(t.primaryKey()) || i.columns().size() == 1 && (i.unique()
                    || t.foreignKey(i.columns().get(0)).isPresent())) {
                continue; // the primary key, a unique column (a field flag) or a foreign key's own index
            }
            if (!i.unique()) {
                report.note(t.name() + "." + i.name(), "index on " + i.columns() + ": the model derives indexes from "
                        + "filterable and sortable fields; mark them on the list endpoint");
                continue;
            }
            List<String> elements = new ArrayList<>();
            for (String column : i.columns()) {
                e.fields().stream().filter(f -> Naming.column(f).equals(column)).findFirst()
                        .ifPresent(f -> elements.add(f.id()));
                e.relationships().stream().filter(r -> Naming.foreignKeyColumn(r.name()).equals(column)).findFirst()
                        .ifPresent(r -> elements.add(r.id()));
            }
            out.add(new Index("idx_" + Naming.snake(i.name()), i.name(), elements, true));
        }
        return out;
    }

    /** A two-foreign-key table: a many-to-many declared on the entity of its first column. */
    private void link(DbTable t) {
        DbForeignKey first = t.foreignKey(t.columns().get(0).name()).orElseThrow();
        DbForeignKey second = t.foreignKey(t.columns().get(1).name()).orElseThrow();
        Entity source = byTable.get(first.referencedTable());
        Entity target = byTable.get(second.referencedTable());
        if (source == null || target == null) {
            report.note(t.name(), "links tables that are not imported; not a relation");
            return;
        }
        String name = Naming.camel(Naming.tableName(target));
        Relationship r = new Relationship("rel_" + Naming.snake(source.name()) + "_" + Naming.snake(name), name,
                RelationKind.MANY_TO_MANY, target.id(), onDelete(first.deleteRule(), t.name()), false, null,
                t.name(), false, false);
        List<Relationship> relations = new ArrayList<>(source.relationships());
        relations.add(r);
        byTable.put(tableOf(source), source.withRelationships(relations));
    }

    private String tableOf(Entity e) {
        return byTable.entrySet().stream().filter(x -> x.getValue().id().equals(e.id())).findFirst().orElseThrow()
                .getKey();
    }

    /**
     * The users: a table with a password-hash column logs in with a password (JWT, the default strategy); one with
     * a unique login column but no password logs in elsewhere (OAuth).
     */
    private AuthConfig auth(DbSchema schema, List<Entity> entities) {
        for (Entity e : entities) {
            Optional<Field> password = e.fields().stream().filter(Field::sensitive).findFirst();
            Optional<Field> login = LOGINS.stream().flatMap(n -> e.fieldNamed(n).stream()).filter(Field::unique)
                    .findFirst();
            boolean users = password.isPresent() || Naming.tableName(e).equals("users");
            if (!users || login.isEmpty()) {
                continue;
            }
            AuthStrategy strategy = password.isPresent() ? AuthStrategy.JWT : AuthStrategy.OAUTH;
            report.note(Naming.tableName(e), "the users of " + (password.isPresent() ? "password login: strategy JWT "
                    + "(the database cannot say JWT or sessions)" : "an external login (no password column): strategy "
                    + "OAuth") + "; roles are not in the schema, add them");
            Optional<Field> role = e.fieldNamed("role");
            return AuthConfig.none().withStrategy(strategy).withUser(e.id(), login.get().id(),
                    password.map(Field::id).orElse(null), role.map(Field::id).orElse(null));
        }
        return AuthConfig.none();
    }
}
