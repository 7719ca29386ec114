package se.stockholm.vbe.rest.internal;

import javax.servlet.Servlet;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.rest.internal.json.JsonProvider;
import se.stockholm.vbe.rest.internal.json.ObjectMappers;
import se.stockholm.vbe.rest.internal.problem.JsonProcessingExceptionMapper;
import se.stockholm.vbe.rest.internal.problem.UnexpectedExceptionMapper;
import se.stockholm.vbe.rest.internal.problem.WebApplicationExceptionMapper;
import se.stockholm.vbe.rest.internal.resource.CallerResource;
import se.stockholm.vbe.rest.internal.resource.HealthResource;
import se.stockholm.vbe.rest.internal.security.AccessControlFeature;
import se.stockholm.vbe.rest.internal.security.BasicAuthenticationFilter;
import se.stockholm.vbe.rest.internal.security.JaasAuthenticator;

/**
 * Jersey on Karaf's HTTP whiteboard under {@code /api}. The set of resources is fixed and owned by
 * the platform: committee bundles coming and going change the data behind them, never this servlet.
 */
@Component(service = Servlet.class, configurationPid = "se.stockholm.vbe.rest")
@HttpWhiteboardServletPattern("/api/*")
@HttpWhiteboardServletName("vbe-api")
@Designate(ocd = ApiServletConfiguration.class)
public final class ApiServlet extends ServletContainer {

    private static final long serialVersionUID = 1L;

    @Activate
    public ApiServlet(@Reference HealthService health, ApiServletConfiguration configuration) {
        super(resources(health, configuration));
    }

    private static ResourceConfig resources(HealthService health, ApiServletConfiguration configuration) {
        ObjectMapper mapper = ObjectMappers.create();
        return new ResourceConfig()
                .setApplicationName("vbe-api")
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .register(new JsonProvider(mapper))
                .register(WebApplicationExceptionMapper.class)
                .register(JsonProcessingExceptionMapper.class)
                .register(UnexpectedExceptionMapper.class)
                .register(new BasicAuthenticationFilter(new JaasAuthenticator(configuration.realm())))
                .register(AccessControlFeature.class)
                .register(new PlatformServicesBinder(health))
                .register(HealthResource.class)
                .register(CallerResource.class);
    }
}
