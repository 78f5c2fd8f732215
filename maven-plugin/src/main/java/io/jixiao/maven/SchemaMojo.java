package io.jixiao.maven;

import io.jixiao.editor.EditorFiles;
import io.jixiao.finding.Messages;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * Writes the current {@code filing.schema.json} into the department's repository and maps the filings to it in
 * VS Code's settings, so editors complete keys and show their Chinese descriptions; run it again after upgrading
 * jixiao. Files jixiao did not write are left as they are, and the log says what to add ({@link EditorFiles}).
 */
@Mojo(name = "schema", requiresProject = false, threadSafe = true)
public class SchemaMojo extends LocalizedMojo {

    /** Where the schema is written. */
    @Parameter(property = "jixiao.schemaFile", defaultValue = "${basedir}/.jixiao/filing.schema.json")
    File schemaFile;

    /** VS Code's settings of the repository. */
    @Parameter(property = "jixiao.vscodeSettings", defaultValue = "${basedir}/.vscode/settings.json")
    File vscodeSettings;

    /** The folder of filings, {@code filings/<部门>/<年度>.yaml}; the settings map its YAML files to the schema. */
    @Parameter(property = "jixiao.directory", defaultValue = "${basedir}/filings")
    File directory;

    /** The repository: settings paths are relative to it, as VS Code reads them. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException {
        ConsoleEncoding console = startConsole();
        Messages messages = messages();
        EditorFiles files = new EditorFiles(basedir.toPath(), schemaFile.toPath(), vscodeSettings.toPath(),
                directory.toPath());
        try {
            for (EditorFiles.Step step : files.install()) {
                String line = messages.format(step.messageKey(), step.arguments().toArray());
                if (step.outcome() == EditorFiles.Outcome.KEPT) {
                    console.warn(line);
                } else {
                    console.info(line);
                }
            }
            console.info(messages.format("editor.modeline", files.modeline()));
        } catch (IOException e) {
            throw shown(new MojoExecutionException(messages.format("build.goalFailed", "schema", e.getMessage()),
                    e));
        }
    }
}
