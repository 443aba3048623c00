package com.isocourse.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR R4 adapter as a plain HAPI {@link RestfulServer} servlet at {@code /fhir/*}, beside
 * Spring's dispatcher (docs/adr/0013). Spring Security's filters run in front of it like in front
 * of every servlet, so the {@code /fhir} chain ({@link FhirSecurityConfig}) authenticates and
 * audits its requests. HAPI generates the CapabilityStatement at {@code /fhir/metadata} from the
 * providers.
 */
@Configuration
class FhirServerConfig {

  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4Cached();
  }

  @Bean
  ServletRegistrationBean<RestfulServer> fhirServlet(
      FhirContext fhir, List<IResourceProvider> providers, FhirRequests requests) {
    RestfulServer server = new RestfulServer(fhir);
    server.setServerName("Isocourse FHIR R4 adapter");
    server.setResourceProviders(providers);
    server.setDefaultResponseEncoding(ca.uhn.fhir.rest.api.EncodingEnum.JSON);
    server.registerInterceptor(requests);
    ServletRegistrationBean<RestfulServer> registration =
        new ServletRegistrationBean<>(server, "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
