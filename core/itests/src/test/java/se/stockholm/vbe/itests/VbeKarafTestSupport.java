package se.stockholm.vbe.itests;

import java.net.http.HttpResponse;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every Pax Exam test of the distribution shares: the container (the built distribution on free
 * ports) and an HTTP client to it once the API answers.
 */
public abstract class VbeKarafTestSupport {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    protected Http http;

    @Configuration
    public Option[] configuration() {
        return VbeDistribution.options(FreePort.next());
    }

    @Before
    public void connect() {
        http = VbeDistribution.awaitApi(context);
    }

    /** A call as one of the demo users of the README (editors' password is "editor"), or anonymous for null. */
    protected HttpResponse<String> as(String user, String method, String path, String body) {
        String password = user == null ? null : user.startsWith("editor-") ? "editor" : user;
        return http.call(method, path, body, user, password);
    }
}
