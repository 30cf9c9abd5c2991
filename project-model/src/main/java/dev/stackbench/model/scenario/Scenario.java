package dev.stackbench.model.scenario;

import java.util.List;

/**
 * One behaviour of the API as data: a name, a category ({@code crud}, {@code validation}, {@code auth},
 * {@code roles}, {@code ownership}, {@code pagination}, {@code routing}) and the steps that show it. Steps share
 * variables captured from earlier responses ({@code {id}}), so a scenario never depends on seed data.
 */
public record Scenario(String name, String category, List<Step> steps) {
    public Scenario {
        steps = List.copyOf(steps);
    }
}
