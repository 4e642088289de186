package org.camino.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for tests that need exact requests: keeps
 * cookies, follows no redirects by itself, submits Faces forms (hidden fields
 * and view state included), and can send raw request lines that a URI class
 * would refuse or tidy up.
 */
public final class WebClient {

    public static final String DEMO_PASSWORD = "camino-demo-2026";

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public WebClient() {
        this(DeployedCamino.baseUrl());
    }

    /** For a Camino of a test's own, e.g. {@code server.baseUrl()}. */
    public WebClient(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** GET that follows redirects within Camino, as a browser would. */
    public HttpResponse<String> open(String path) {
        HttpResponse<String> response = get(path);
        for (int i = 0; i < 5 && response.statusCode() / 100 == 3; i++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            URI target = URI.create(base + "/").resolve(location);
            response = send(HttpRequest.newBuilder(target).GET());
        }
        return response;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fills and submits a Faces form of the page: fields by their id inside the form, then the button. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields, String buttonId) {
        return submit(page, formId, fields, buttonId, true);
    }

    /** The same without the page's CSP nonce, as a forged or replayed request would come. */
    public HttpResponse<String> submitWithoutNonce(HttpResponse<String> page, String formId, Map<String, String> fields,
                                                   String buttonId) {
        return submit(page, formId, fields, buttonId, false);
    }

    private HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields, String buttonId,
                                        boolean withNonce) {
        String html = page.body();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(html);
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " in page:\n" + html);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.group(2));
        while (hidden.find()) {
            attribute(hidden.group(), "name").ifPresent(name ->
                    values.put(name, unescape(attribute(hidden.group(), "value").orElse(""))));
        }
        // PrimeFaces' script adds the page's CSP nonce to every postback; so does this client
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
        if (withNonce && nonce.find()) {
            values.put("primefaces.nonce", nonce.group(1));
        }
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        values.put(formId + ":" + buttonId, "");
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI action = URI.create(base + "/").resolve(unescape(form.group(1)));
        return send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the real login page; returns the page reached after the redirect. */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> login = open("/login.xhtml");
        HttpResponse<String> after = submit(login, "login", Map.of("username", username, "password", password), "submit");
        if (after.statusCode() / 100 != 3) {
            return after;
        }
        String location = after.headers().firstValue("Location").orElseThrow();
        return open(location.substring(location.indexOf("/camino") + "/camino".length()));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Sends the request line exactly as given (no URI parsing); returns the status code. */
    public static int rawGetStatus(String rawPath, String cookie) {
        URI base = URI.create(DeployedCamino.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + rawPath + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\n" + (cookie == null ? "" : "Cookie: JSESSIONID=" + cookie + "\r\n") + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
