package nl.doorstroom.scenarios;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the journeys under {@code features/journeys/} against the running application, started once on
 * its own embedded PostgreSQL; part of {@code mvn verify}. The readable report is
 * {@code target/cucumber-journeys.html}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features/journeys")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "nl.doorstroom.scenarios.journeys")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "summary, html:target/cucumber-journeys.html, junit:target/cucumber-journeys-junit.xml")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
class JourneysTest {
}
