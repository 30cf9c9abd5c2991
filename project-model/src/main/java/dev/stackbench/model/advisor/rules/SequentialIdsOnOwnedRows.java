package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** DM-11: Sequential ids on user-owned resources let anyone count your customers and guess other users' URLs; UUIDs make enumeration impractical (ownership checks are still required). */
final class SequentialIdsOnOwnedRows extends BaseRule {
    SequentialIdsOnOwnedRows() {
        super("DM-11", Severity.ADVICE, "Sequential ids on user-owned resources let anyone count your customers and guess other users' URLs; UUIDs make enumeration impractical (ownership checks are still required).");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        boolean owned = c.project().entities().stream().anyMatch(e -> e.ownerRelationshipId() != null);
        if (owned && c.project().apiStyle().ids() == ApiStyle.IdStyle.NUMERIC) {
            return List.of(finding(ModelPath.section("apiStyle", "API style: ids"),
                    "User-owned resources use sequential numeric ids; consider UUID public ids.",
                    new QuickFix("Use UUID ids", p -> p.withApiStyle(p.apiStyle().withIds(ApiStyle.IdStyle.UUID)))));
        }
        return List.of();
    }
}
