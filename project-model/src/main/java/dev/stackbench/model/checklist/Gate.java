package dev.stackbench.model.checklist;

/** The six release gates, each scored 0–2 (total out of 12). */
public enum Gate {
    FUNCTIONAL("Functional"), NON_FUNCTIONAL("Non-functional"), SECURITY("Security"), DEPLOYMENT("Deployment"),
    RELEASE("Release"), POST_RELEASE("Post-release");

    private final String title;

    Gate(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
