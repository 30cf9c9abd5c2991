package {{package}};

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The API test suite: every scenario Stackbench derived from the model (CRUD, validation, auth, roles,
 * ownership, pagination, routing), over HTTP, against the running service.
 */
class ApiScenariosTest {
    private static TestService service;

    @BeforeAll
    static void start() throws Exception {
        service = TestService.start(false);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @TestFactory
    List<DynamicTest> scenarios() {
        ScenarioRunner runner = new ScenarioRunner(service.baseUrl(), service.suite);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode scenario : service.suite.get("scenarios")) {
            tests.add(DynamicTest.dynamicTest(scenario.get("name").asText(),
                    () -> assertNull(runner.run(scenario))));
        }
        return tests;
    }
}
