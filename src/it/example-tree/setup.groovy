// copy the bundled example (its pom.xml unchanged) into this IT as the module sphinx-docs, without
// the output (and link cache) of earlier runs of the README's command
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def from = new File(projectBasedir, 'examples/sphinx-docs').toPath()
def to = new File(basedir, 'sphinx-docs').toPath()
Files.walk(from).withCloseable { paths ->
    paths.filter { !from.relativize(it).toString().startsWith('target') }.forEach { p ->
        def target = to.resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(target)
        } else {
            Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
true
