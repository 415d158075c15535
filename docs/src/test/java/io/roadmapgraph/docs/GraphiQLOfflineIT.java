package io.roadmapgraph.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.server.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * GraphiQL and the landing page in headless Chromium that can reach nothing but this machine's loopback address
 * (every other host name resolves to nothing, and any other request goes to a proxy that is not there): the server
 * with its embedded Neo4j and Neo4j Browser, as README starts it. A query typed into GraphiQL's editor runs and its
 * answer shows; the page asked no other host for anything; every link of the landing page answers.
 */
class GraphiQLOfflineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String QUERY = "{ topic(id: \"rag\") { id title } }";

    @TempDir
    static Path temp;
    private static TestServer server;
    private static String origin;
    private WebDriver browser;

    @BeforeAll
    static void startTheServerWithItsEmbeddedNeo4jAndBrowser() throws InterruptedException {
        for (Path binary : List.of(NeoBrowserIT.CHROMIUM, NeoBrowserIT.CHROMEDRIVER)) {
            assertThat(Files.isExecutable(binary)).as("%s is missing: this test drives Debian's Chromium. Install it"
                    + " with: apt-get install -y --no-install-recommends chromium chromium-driver", binary).isTrue();
        }
        server = TestServer.start(Map.of(
                "neo4j.uri", "",
                "roadmap.embedded.data-dir", temp.resolve("neo4j").toString(),
                "roadmap.embedded.bolt-port", 0,
                "roadmap.embedded.http-port", 0,
                "roadmap.bootstrap.enabled", false));
        new RoadmapLoader(server.context().getBean(Neo4jConnection.class).driver()).load(RoadmapReader.aiEngineer());
        // the server answers from the snapshot it read at start-up (an empty graph) until its successor is read
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!server.query(QUERY, Map.of()).errors().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        origin = "http://127.0.0.1:" + server.uri("/").getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openChromiumWithoutNetwork() throws IOException {
        browser = offlineChromium();
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The answer in GraphiQL's result pane; the picture is kept as {@code target/graphiql.png}. */
    @Test
    void aQueryTypedIntoGraphiQLRunsAndItsAnswerShowsWithNothingLoadedFromAnotherHost() throws IOException {
        String expectedTitle = server.query(QUERY, Map.of()).assertNoErrors().at("/data/topic/title").asText();
        try {
            browser.get(origin + "/graphiql");
            WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
            WebElement editor = wait.until(page -> page.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror")));

            // select what the editor holds, delete it, type the query as a person would
            new Actions(browser).click(editor).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                    .sendKeys(Keys.DELETE).perform();
            editor.findElement(By.cssSelector("textarea")).sendKeys(QUERY);
            assertThat(queryEditorText()).as("the editor holds what was typed (brackets close by themselves, typing"
                    + " over them keeps one)").isEqualTo(QUERY);
            browser.findElement(By.cssSelector(".graphiql-execute-button")).click();

            wait.until(page -> responseText().contains(expectedTitle));
            assertThat(responseText()).contains("\"topic\"", "\"id\": \"rag\"", "\"title\": \"" + expectedTitle + "\"");
            assertThat(requestedUrls()).as("every file and request of the page").isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
            assertThat(requestedUrls()).contains(origin + "/graphql");
            assertThat(severeConsoleMessages()).as("errors in the browser console").isEmpty();
            Files.write(Path.of("target", "graphiql.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (RuntimeException | AssertionError e) {
            Files.write(Path.of("target", "graphiql-failure.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            throw e;
        }
    }

    @Test
    void theBrowserReallyIsOffline() {
        browser.get(origin + "/");

        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[0];"
                + "fetch('https://example.org/', {mode: 'no-cors'}).then(() => done('reached'), e => done('refused'));");

        assertThat(answer).isEqualTo("refused");
    }

    @Test
    void theLandingPageShowsInChromiumAndEachOfItsLinksAnswers() throws Exception {
        browser.get(origin + "/");

        assertThat(browser.getTitle()).isEqualTo("Roadmap Graph");
        List<String> links = browser.findElements(By.cssSelector("#links a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(links).contains(origin + "/graphiql", origin + "/graphql/schema.graphqls", origin + "/health")
                .anySatisfy(link -> assertThat(link).contains("/browser/"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String link : links) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(link).isEqualTo(200);
        }
        assertThat(requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
    }

    private String queryEditorText() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue();");
    }

    private String responseText() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const r = document.querySelector('.graphiql-response .CodeMirror');"
                        + "return r ? r.CodeMirror.getValue() : '';");
    }

    /** The page itself and every file and request it made, as the browser recorded them. */
    @SuppressWarnings("unchecked")
    private List<String> requestedUrls() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
    }

    private List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    /** Headless Chromium that resolves no host name but 127.0.0.1 and sends anything else to a proxy that is not there. */
    private static WebDriver offlineChromium() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(NeoBrowserIT.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(NeoBrowserIT.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                // nothing listens on loopback port 9 (discard); loopback itself bypasses a proxy in Chromium
                "--proxy-server=http://127.0.0.1:9",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-"), "--window-size=1400,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }
}
