package io.jixiao.maven;

import io.jixiao.finding.Messages;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows the plugin's goals and parameters in the user's language ({@code mvn jixiao:help -Ddetail
 * -Djixiao.locale=en}); the text is {@link PluginHelp}'s.
 */
@Mojo(name = "help", requiresProject = false, threadSafe = true)
public class HelpMojo extends LocalizedMojo {

    /** Whether to list each goal's parameters. */
    @Parameter(property = "detail", defaultValue = "false")
    boolean detail;

    /** One goal to show, such as {@code check}; all when not given. */
    @Parameter(property = "goal")
    String goal;

    @Override
    public void execute() throws MojoExecutionException {
        ConsoleEncoding console = startConsole();
        Messages messages = messages();
        try {
            console.info(PluginHelp.load().text(messages, goal, detail));
        } catch (IllegalArgumentException e) {
            throw shown(new MojoExecutionException(messages.format("build.badConfiguration", e.getMessage()), e));
        }
    }
}
