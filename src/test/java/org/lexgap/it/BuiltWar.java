package org.lexgap.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, as the integration tests deploy it (at the root context). */
public final class BuiltWar {

    private BuiltWar() {
    }

    public static WebArchive archive() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("lexgap.war", "target/lexgap.war")))
                .as(WebArchive.class);
    }
}
