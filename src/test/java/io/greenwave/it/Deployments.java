package io.greenwave.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, deployed as is: the tests see what users get. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive packagedWar() {
    String path = System.getProperty("greenwave.war", "target/greenwave.war");
    File war = new File(path);
    if (!war.isFile()) {
      throw new IllegalStateException("Run `mvn verify`: the packaged WAR is missing at " + path);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
