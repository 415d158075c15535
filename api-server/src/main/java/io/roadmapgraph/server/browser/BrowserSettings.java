package io.roadmapgraph.server.browser;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;

/** Neo4j Browser on the embedded Neo4j, {@code roadmap.browser.*} ({@code ROADMAP_BROWSER_*}); defaults here only. */
@Context
@ConfigurationProperties("roadmap.browser")
public class BrowserSettings {

    public static final boolean DEFAULT_POST_CONNECT = true;

    private boolean postConnect = DEFAULT_POST_CONNECT;

    /** Once the Browser connects it applies our style sheet and opens our guide. */
    public boolean isPostConnect() {
        return postConnect;
    }

    public void setPostConnect(boolean postConnect) {
        this.postConnect = postConnect;
    }
}
