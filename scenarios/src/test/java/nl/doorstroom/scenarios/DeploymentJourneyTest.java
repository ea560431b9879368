package nl.doorstroom.scenarios;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * Runs {@code features/deployment/}: a production installation on its own PostgreSQL server, set up the way the
 * README tells an operator; part of {@code mvn verify}. The report is {@code target/cucumber-deployment.html}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features/deployment")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "nl.doorstroom.scenarios.deployment")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "summary, html:target/cucumber-deployment.html, junit:target/cucumber-deployment-junit.xml")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
class DeploymentJourneyTest {
}
