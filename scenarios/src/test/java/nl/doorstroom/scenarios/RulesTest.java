package nl.doorstroom.scenarios;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the rules under {@code features/rules/} against the solver as part of {@code mvn verify}; the readable
 * report is {@code target/cucumber-report.html}. The journeys have their own runner, {@link JourneysTest}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features/rules")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "nl.doorstroom.scenarios.rules")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "summary, html:target/cucumber-report.html, junit:target/cucumber-junit.xml")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
class RulesTest {
}
