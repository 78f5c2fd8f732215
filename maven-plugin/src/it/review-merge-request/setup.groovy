// Builds the merge request's repository with JGit, which the plugin's own classpath brings (addTestClassPath), so
// the IT needs no git binary on the machine: main holds two departments' 2025 filings; the branch "feature" adds
// 2026 for one (its project code carries the year), moves the other's folder and raises a target; main then moves
// on (a third department); and the working tree has an uncommitted edit.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

import java.time.Instant
import java.time.ZoneOffset

def fixtures = new File(basedir, "fixtures")
def write = { String path, String fixture ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.setText(new File(fixtures, fixture).getText("UTF-8"), "UTF-8")
}
int tick = 0
def git = Git.init().setDirectory(basedir).setInitialBranch("main").call()
def commit = { String message ->
    git.add().addFilepattern("filings").call()
    git.add().addFilepattern("filings").setUpdate(true).call()
    def who = new PersonIdent("jixiao IT", "it@example.org",
            Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * tick++), ZoneOffset.ofHours(8))
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call()
}
new File(basedir, ".gitignore").setText("target/\nbuild.log\nfixtures/\n*.groovy\ninvoker.properties\npom.xml\n", "UTF-8")
write("filings/nongye/2025.yaml", "nongye-2025.yaml")
write("filings/tongzhan/2025.yaml", "tongzhan-2025.yaml")
commit("2025年度")
git.checkout().setCreateBranch(true).setName("feature").call()
write("filings/nongye/2026.yaml", "nongye-2026.yaml")
commit("农业农村局 2026年度")
new File(basedir, "filings/tongzhan/2025.yaml").delete()
write("filings/tongzhanbu/2025.yaml", "tongzhan-2025-edited.yaml")
commit("统战部目录改名，社会服务活动次数改为12次")
git.checkout().setName("main").call()
write("filings/caizheng/2025.yaml", "other-2025.yaml")
def mainTip = commit("财政局 2025年度")
def update = git.repository.updateRef("refs/remotes/origin/main")
update.setNewObjectId(mainTip)
update.setForceUpdate(true)
update.update()
git.checkout().setName("feature").call()
def edited = new File(basedir, "filings/nongye/2025.yaml")
edited.setText(edited.getText("UTF-8").replace("指标值确定依据: 验收标准", "指标值确定依据: 高标准农田建设验收规范"), "UTF-8")
git.close()
return true
