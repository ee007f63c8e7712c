// Makes this IT folder a git repository of its own (the git CLI is enough here): everything
// committed and tagged "base"; then an image without alt text committed into the include-only page
// snippets/part.rst, and an untracked page new.rst. other.rst is never touched.
def git(String... args) {
    def command = ['git', '-c', 'user.name=docslint IT', '-c', 'user.email=it@example.invalid',
                   '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false'] + args.toList()
    def p = command.execute(null, basedir)
    def out = new StringBuilder()
    p.waitForProcessOutput(out, out)
    assert p.exitValue() == 0: "${command.join(' ')} failed: ${out}"
}
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'base')
git('tag', 'base')
new File(basedir, 'source/snippets/part.rst') << '\n.. image:: /img/part.png\n'
git('commit', '-q', '-a', '-m', 'an image in the snippet')
new File(basedir, 'source/new.rst').text = 'New\n===\n\n.. image:: img/home.png\n'
true
