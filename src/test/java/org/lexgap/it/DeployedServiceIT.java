package org.lexgap.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** An integration test class against the built WAR on Payara Micro, read over HTTP as a client would. */
@ArquillianTest
@RunAsClient
public abstract class DeployedServiceIT {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return BuiltWar.archive();
    }

    protected ApiClient api() {
        return new ApiClient(base);
    }
}
