package dev.stackbench.app;

/** Entry point of the fat jar; it must not extend Application (see docs/decisions). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Stackbench");
    }
}
