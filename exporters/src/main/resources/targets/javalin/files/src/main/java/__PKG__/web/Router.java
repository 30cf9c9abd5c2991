package {{package}}.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Registers routes with Javalin and remembers them, so a request for a known path with another method is a 405
 * with an {@code Allow} header instead of Javalin's 404.
 */
public final class Router {
    private record Known(String method, Pattern path) {
    }

    private final RoutesConfig routes;
    private final List<Known> known = new ArrayList<>();

    public Router(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, Handler handler) {
        add(HandlerType.GET, path, handler);
    }

    public void post(String path, Handler handler) {
        add(HandlerType.POST, path, handler);
    }

    public void put(String path, Handler handler) {
        add(HandlerType.PUT, path, handler);
    }

    public void patch(String path, Handler handler) {
        add(HandlerType.PATCH, path, handler);
    }

    public void delete(String path, Handler handler) {
        add(HandlerType.DELETE, path, handler);
    }

    public RoutesConfig javalin() {
        return routes;
    }

    private void add(HandlerType method, String path, Handler handler) {
        routes.addHttpHandler(method, path, handler);
        known.add(new Known(method.name(), Pattern.compile(path.replaceAll("\\{[^/]+}", "[^/]+"))));
    }

    /** The methods that exist for {@code path}, in registration order (empty: no such path). */
    Set<String> methodsFor(String path) {
        Set<String> methods = new LinkedHashSet<>();
        for (Known k : known) {
            if (k.path().matcher(path).matches()) {
                methods.add(k.method());
            }
        }
        return methods;
    }
}
