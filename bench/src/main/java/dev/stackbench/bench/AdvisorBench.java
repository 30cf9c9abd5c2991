package dev.stackbench.bench;

import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.Advisor;
import dev.stackbench.model.checklist.Checklist;
import dev.stackbench.model.sample.LargeModel;
import dev.stackbench.model.template.Templates;

import java.util.Arrays;

/**
 * Advisor and checklist time on the 300-entity model (target: advisor well under 50 ms), against the blog
 * template measured in the same run as a baseline. Usage: bench/run AdvisorBench [runs]
 */
public final class AdvisorBench {
    private AdvisorBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Project large = LargeModel.generate(300);
        Project blog = Templates.load("blog");
        Advisor advisor = Advisor.standard();
        for (int i = 0; i < 50; i++) {
            advisor.run(large);
            Checklist.evaluate(large);
        }
        double[] small = time(runs, () -> advisor.run(blog));
        double[] big = time(runs, () -> advisor.run(large));
        double[] checklist = time(runs, () -> Checklist.evaluate(large));
        System.out.printf("model: %d entities, %d endpoints; %d rules; %d findings%n", large.entities().size(),
                large.endpoints().size(), advisor.rules().size(), advisor.run(large).size());
        System.out.printf("advisor, blog (baseline):  median %.2f ms, p95 %.2f ms%n", median(small), p95(small));
        System.out.printf("advisor, 300 entities:     median %.2f ms, p95 %.2f ms (target < 50 ms; %.1fx blog)%n",
                median(big), p95(big), median(big) / median(small));
        System.out.printf("checklist, 300 entities:   median %.2f ms, p95 %.2f ms%n", median(checklist),
                p95(checklist));
    }

    private static double[] time(int runs, Runnable work) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
