package se.stockholm.vbe.rest.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.servlet.FilterChain;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestsPerAddressLimitTest {

    private final RequestsPerAddressLimit limit = new RequestsPerAddressLimit(limitOf(2));
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(2);

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
    }

    @Test
    void theThirdRequestInProgressFromOneAddressIs429WhileAnotherAddressIsServed() throws Exception {
        holdTwoRequestsFrom("10.0.0.1");

        Answer third = call("10.0.0.1", (request, response) -> ((HttpServletResponse) response).setStatus(200));
        Answer other = call("10.0.0.2", (request, response) -> ((HttpServletResponse) response).setStatus(200));
        Answer health = call("10.0.0.1", RequestsPerAddressLimit.HEALTH,
                (request, response) -> ((HttpServletResponse) response).setStatus(200));

        assertEquals(429, third.status);
        assertEquals("application/problem+json", third.headers.get("Content-Type"));
        assertEquals("1", third.headers.get("Retry-After"));
        assertTrue(third.body.toString().contains("\"status\":429"), third.body.toString());
        assertEquals(200, other.status);
        assertEquals(200, health.status, "health is never refused");
    }

    @Test
    void finishedRequestsFreeTheirPlaces() throws Exception {
        holdTwoRequestsFrom("10.0.0.1");
        release.countDown();
        callers.shutdown();
        assertTrue(callers.awaitTermination(5, TimeUnit.SECONDS));

        Answer next = call("10.0.0.1", (request, response) -> ((HttpServletResponse) response).setStatus(200));

        assertEquals(200, next.status);
    }

    @Test
    void requestsFromOneAddressAtOnceAreCountedExactlyOnceTheyHaveEnded() throws Exception {
        List<Future<?>> bursts = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            bursts.add(callers.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    call("10.0.0.1", (request, response) -> { }); // some are refused: at most two at once
                }
                return null;
            }));
        }
        for (Future<?> burst : bursts) {
            burst.get(30, TimeUnit.SECONDS);
        }

        holdTwoRequestsFrom("10.0.0.1"); // admitted: no ended request still takes a place
        Answer third = call("10.0.0.1", (request, response) -> ((HttpServletResponse) response).setStatus(200));

        assertEquals(429, third.status, "and none escaped the count: the two held ones are all there may be");
    }

    private void holdTwoRequestsFrom(String address) throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            callers.submit(() -> call(address, (request, response) -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        assertTrue(started.await(5, TimeUnit.SECONDS));
    }

    /** What a fake response recorded. */
    private static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
    }

    private Answer call(String address, FilterChain chain) throws Exception {
        return call(address, "/api/committees", chain);
    }

    private Answer call(String address, String path, FilterChain chain) throws Exception {
        Answer answer = new Answer();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> address;
                    case "getRequestURI" -> path;
                    default -> null;
                });
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                answer.body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> answer.status = (Integer) args[0];
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> answer.headers.put("Content-Type", (String) args[0]);
                        case "getOutputStream" -> {
                            return out;
                        }
                        default -> {
                        }
                    }
                    return null;
                });
        limit.doFilter(request, response, chain);
        return answer;
    }

    private static HttpLimitsConfiguration limitOf(int requests) {
        return new HttpLimitsConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HttpLimitsConfiguration.class;
            }

            @Override
            public int maxRequestsPerAddress() {
                return requests;
            }
        };
    }
}
