package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** API-4: A list that can return everything at once will one day return a million rows; a page size cap protects the database and every client. */
final class UnboundedPages extends BaseRule {
    UnboundedPages() {
        super("API-4", Severity.WARNING, "A list that can return everything at once will one day return a million rows; a page size cap protects the database and every client.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        var style = c.project().apiStyle();
        if (style.maxPageSize() > 500 || style.defaultPageSize() > style.maxPageSize()) {
            return List.of(finding(ModelPath.section("apiStyle", "API style: pagination"), "Lists allow up to "
                    + style.maxPageSize() + " rows per page (default " + style.defaultPageSize()
                    + "); cap pages at 100 or so."));
        }
        return List.of();
    }
}
