package dev.stackbench.model.advisor;

import java.util.List;

/** One practice the advisor teaches. Rules never throw: a broken model is what they report, not a crash. */
public interface Rule {
    String id();

    Severity severity();

    /** A few sentences on why the practice matters, shown beside findings in the problems panel. */
    String why();

    List<Finding> check(AdvisorContext context);

    default Finding finding(ModelPath path, String message) {
        return new Finding(id(), severity(), path, message, null);
    }

    default Finding finding(ModelPath path, String message, QuickFix fix) {
        return new Finding(id(), severity(), path, message, fix);
    }
}
