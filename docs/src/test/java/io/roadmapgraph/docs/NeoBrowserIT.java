package io.roadmapgraph.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.server.Application;
import io.roadmapgraph.server.browser.NeoBrowserSetup;
import io.roadmapgraph.embedded.Neo4jConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole way in, in a real browser: the server starts with its embedded Neo4j (authentication on, its default),
 * Neo4j Browser opens at the URL the start-up banner prints with user {@code neo4j} filled in, logs in with the
 * password the server generated into its data directory, applies our style and plays our guide; a recipe from the guide
 * draws the graph, and the screenshot is saved ({@code target/browser-roadmap.png}; with
 * {@code -Dscreenshot.update=true} also {@code docs/images/browser-roadmap.png}).
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (no browser is downloaded): {@code .ci/run} installs
 * them; without them this test fails and says how to install them.
 */
class NeoBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String RECIPE = "02-everything-rag-needs";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    static Path temp;
    private static EmbeddedServer server;
    private static EmbeddedNeo4j neo4j;

    @BeforeAll
    static void startTheServerWithItsEmbeddedNeo4j() throws IOException {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            assertThat(Files.isExecutable(binary)).as("%s is missing: this test drives Debian's Chromium. Install it"
                    + " with: apt-get install -y --no-install-recommends chromium chromium-driver", binary).isTrue();
        }
        int port = freePort();
        server = ApplicationContext.builder()
                .mainClass(Application.class)
                .properties(Map.of(
                        "micronaut.server.port", port,
                        "neo4j.uri", "",
                        "roadmap.embedded.data-dir", temp.resolve("neo4j").toString(),
                        "roadmap.embedded.bolt-port", 0,
                        "roadmap.embedded.http-port", 0,
                        "roadmap.bootstrap.enabled", false))
                .run(EmbeddedServer.class);
        Neo4jConnection connection = server.getApplicationContext().getBean(Neo4jConnection.class);
        neo4j = connection.embedded().orElseThrow();
        new RoadmapLoader(connection.driver()).load(RoadmapReader.aiEngineer());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @Test
    void theServedBrowserLogsInWithTheGeneratedPasswordAppliesOurStyleAndDrawsARecipeFromOurGuide()
            throws IOException {
        assertThat(neo4j.authEnabled()).as("authentication is on by default").isTrue();
        URI url = NeoBrowserSetup.browserUrl(neo4j.httpUri().orElseThrow(), neo4j.boltUri(), true);
        String password = Files.readString(temp.resolve("neo4j").resolve("neo4j-password")).strip();
        Recipe recipe = Recipe.named(RECIPE);
        WebDriver browser = chromium();
        try {
            browser.get(url.toString());
            WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

            // the login form: the URL filled in user neo4j; only the password is typed
            WebElement user = wait.until(page -> page.findElements(By.cssSelector("[data-testid='username']"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(user.getAttribute("value")).isEqualTo(EmbeddedNeo4j.USER);
            browser.findElement(By.cssSelector("[data-testid='password']")).sendKeys(password);
            browser.findElement(By.cssSelector("[data-testid='connect']")).click();

            // connected: the Browser runs its post-connect commands (our :style and :play) only after a successful
            // connect; the recipe drawn below proves the Bolt connection again.
            // (Its "You are connected to" text is not a reliable signal: in full runs it was not readable in time.)
            wait.until(page -> frameCommands(page).contains(":server connect"));
            // the post-connect commands ran: our style sheet is applied and our guide is open
            wait.until(page -> frameCommands(page).stream()
                    .anyMatch(command -> command.startsWith(":style ") && command.endsWith(NeoBrowserSetup.STYLE)));
            wait.until(page -> !page.findElements(By.xpath("//*[@data-testid='exportGraSSButton']")).isEmpty());
            wait.until(page -> headings(page).contains("The roadmap as a graph"));

            // page through the guide to the recipe's slide, then run its :param block and its query block
            while (!headings(browser).contains(recipe.title())) {
                browser.findElement(By.cssSelector("[data-testid='nextSlide']")).click();
            }
            // the recipes read the current revision of a named roadmap (graph model 2): set it, then the topic
            run(browser, wait, recipe.params().get("roadmap"));
            run(browser, wait, recipe.params().get("topic"));
            // :param is evaluated by Neo4j: wait until it is set before the query needs it
            wait.until(page -> text(page).contains("Successfully set your parameters"));
            run(browser, wait, recipe.query());

            // the graph: every topic the recipe returns, captioned with (the start of) its title, in our Topic colour
            Map<String, String> titles = topicsShownBy(recipe);
            wait.until(page -> page.findElements(By.cssSelector("svg g.node")).size() == titles.size());
            wait.until(page -> captions(page).contains("Python"));
            // a caption is the title, broken into lines and shortened with an ellipsis to fit the circle
            assertThat(captions(browser)).allSatisfy(line -> assertThat(titles.values())
                    .anySatisfy(title -> assertThat(title).contains(line.replaceAll("(\\.\\.\\.|…)$", "").strip())));
            List<String> fills = browser.findElements(By.cssSelector("svg g.node circle.b-outline")).stream()
                    .map(circle -> circle.getAttribute("fill")).distinct().toList();
            assertThat(fills).as("node colours").contains("#4C8EDA");
            sleep(Duration.ofSeconds(4)); // let the force layout settle before the picture

            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(Path.of("target", "browser-roadmap.png"), png);
            if (Boolean.getBoolean("screenshot.update")) {
                Files.write(Path.of("images", "browser-roadmap.png"), png);
            }
            assertThat(png.length).isGreaterThan(20_000);
        } catch (RuntimeException | AssertionError e) {
            // keep what the browser showed: the picture and the commands it ran say what went wrong
            Files.write(Path.of("target", "browser-failure.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            throw new AssertionError("Neo4j Browser did not get there (see target/browser-failure.png); frames: "
                    + frameCommands(browser), e);
        } finally {
            browser.quit();
        }
    }

    /** Clicks the guide's block, waits until the editor holds it, runs it. */
    private static void run(WebDriver browser, WebDriverWait wait, String block) {
        runnable(browser, block).click();
        wait.until(page -> editorText(page).contains(block.lines().findFirst().orElseThrow().strip()));
        browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
        wait.until(page -> frameCommands(page).stream().anyMatch(command ->
                command.replaceAll("\\s+", " ").contains(block.replaceAll("\\s+", " ").strip())));
    }

    private static String editorText(WebDriver page) {
        return page.findElement(By.cssSelector("[data-testid='activeEditor']")).getText().replace('\u00a0', ' ');
    }

    /** Title by id of every topic the recipe returns, asked over Bolt with the recipe's default parameters. */
    private static Map<String, String> topicsShownBy(Recipe recipe) {
        Map<String, String> titles = new java.util.TreeMap<>();
        Driver driver = server.getApplicationContext().getBean(Neo4jConnection.class).driver();
        driver.executableQuery(recipe.query()).withParameters(recipe.values()).execute().records()
                .forEach(row -> titles.put(row.get("topic").get("id").asString(),
                        row.get("topic").get("title").asString()));
        assertThat(titles).as("topics " + recipe.name() + " returns").containsKeys("rag", "bm25", "python");
        return titles;
    }

    private static WebDriver chromium() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-"), "--window-size=1600,1000");
        return new ChromeDriver(service, options);
    }

    private static String text(WebDriver page) {
        return page.findElement(By.tagName("body")).getText();
    }

    private static List<String> frameCommands(WebDriver page) {
        return page.findElements(By.cssSelector("[data-testid='frameCommand']")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private static List<String> headings(WebDriver page) {
        return page.findElements(By.tagName("h3")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> captions(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(
                "return [...document.querySelectorAll('svg g.node text')].map(t => t.textContent.trim());");
    }

    /** The guide's runnable block with exactly this text. */
    private static WebElement runnable(WebDriver page, String text) {
        return page.findElements(By.cssSelector("pre.runnable")).stream()
                .filter(block -> block.getText().strip().equals(text.strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no runnable block in the guide reads: " + text));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
