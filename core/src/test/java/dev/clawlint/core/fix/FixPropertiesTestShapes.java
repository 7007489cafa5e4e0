package dev.clawlint.core.fix;

import java.util.LinkedHashMap;
import java.util.Map;

/** The guide's provider shape (type/host, models keyed by id, compat flags on the provider), for mutations. */
final class FixPropertiesTestShapes {
    private FixPropertiesTestShapes() {}

    static Map<String, Object> guideProvider(String model) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "ollama");
        p.put("host", "http://127.0.0.1:11434");
        p.put("requiresStringContent", true);
        p.put("models", Map.of(model, Map.of("contextWindow", 32768, "compat", Map.of("tool_choice", "auto"))));
        return p;
    }
}
