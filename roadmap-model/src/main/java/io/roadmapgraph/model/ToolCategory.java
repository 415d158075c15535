package io.roadmapgraph.model;

/** What kind of tool a tool is. */
public enum ToolCategory {
    LLM_API,
    MODEL_HUB,
    ORCHESTRATION,
    VECTOR_DATABASE,
    DEV_TOOL,
    CLOUD_PLATFORM,
    MONITORING,
    EVALUATION,
    PYTHON_LIBRARY,
    JS_LIBRARY,
    WEB_FRAMEWORK,
    UI_FRAMEWORK
}
