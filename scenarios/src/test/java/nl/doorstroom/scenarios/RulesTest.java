package nl.doorstroom.scenarios;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature under {@code features/} as part of {@code mvn verify}; the readable report is
 * {@code target/cucumber-report.html}. Cucumber wants the features selected as a classpath package.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "nl.doorstroom.scenarios.rules")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "summary, html:target/cucumber-report.html, junit:target/cucumber-junit.xml")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
class RulesTest {
}
