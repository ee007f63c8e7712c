import groovy.xml.XmlSlurper

// The example tree shows every rule at least once, with real-looking content; the README's command
// (-Ddocslint.failOnViolation=false) reports them all and ends green.
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }

def allRules = ['nosearch-missing', 'nosearch-misplaced', 'include-shows-metadata', 'include-unused', 'include-missing',
                'include-cycle', 'include-outside-root', 'image-alt-missing', 'image-alt-empty', 'image-alt-filename',
                'image-alt-placeholder', 'image-alt-redundant', 'image-alt-length', 'image-missing', 'file-unreadable',
                'suppression-invalid', 'link-broken', 'link-blocked']
def fired = findings.collect { (it =~ /\[([a-z-]+)\]$/)[0][1] }
assert fired.toSet() == allRules.toSet()
assert fired.size() == allRules.size() : 'one finding per rule'
assert log.contains('[WARNING] docslint: 12 errors, 6 warnings in 9 files (file-unreadable: 1, image-alt-empty: 1,'
        + ' image-alt-filename: 1, image-alt-length: 1, image-alt-missing: 1, image-alt-placeholder: 1,'
        + ' image-alt-redundant: 1, image-missing: 1, include-cycle: 1, include-missing: 1, include-outside-root: 1,'
        + ' include-shows-metadata: 1, include-unused: 1, link-blocked: 1, link-broken: 1, nosearch-misplaced: 1,'
        + ' nosearch-missing: 1, suppression-invalid: 1)')
// a misspelt suppression is reported, and silences nothing: the long alt text below it is still reported
assert findings.contains('[WARNING] source/monitoring.rst:11:1: warning: unknown rule \'image-alt-lenght\' in docslint'
        + ' suppression; closest known rules: image-alt-length, image-alt-empty, image-alt-filename [suppression-invalid]')
assert findings.any { it.startsWith('[WARNING] source/monitoring.rst:13:1: ') && it.endsWith('[image-alt-length]') }
// the link findings need no network: a reserved invalid host name, and a private address never requested
assert findings.contains('[ERROR] source/troubleshooting.rst:15:23: error: https://downloads.kestrel.invalid/agent/3.2/'
        + ' cannot be reached (unknown host): fix or remove the link; if the page works in a browser, accept the code'
        + ' for its host with docslint.links.accept or skip it with docslint.links.ignore [link-broken]')
assert findings.contains('[WARNING] source/troubleshooting.rst:14:1: warning: http://10.20.0.5/wiki/kestrel-runbook was'
        + ' not requested: private address 10.20.0.5; for intranet docs set docslint.links.allowPrivate=true, or skip'
        + ' the URL with docslint.links.ignore [link-blocked]')
def jsonl = new File(basedir, 'sphinx-docs/target/docslint/links.jsonl').readLines()
assert jsonl.size() == 2

// paths are relative to the example project, and a few lines in full
assert findings.contains('[ERROR] source/restore.rst:14:1: error: image \'images/restore-progress.png\' has empty alt'
        + ' text: describe the image, or mark it decorative with \':class: decorative\' [image-alt-empty]')
assert findings.contains('[ERROR] source/credits.rst:4:44: error: byte 0xFC at offset 60 is not valid UTF-8: fix the'
        + ' file or set the encoding (docslint.encoding) [file-unreadable]')
assert findings.contains('[ERROR] source/_includes/keys.rst:4:1: error: include cycle: _includes/encryption.rst ->'
        + ' _includes/keys.rst -> _includes/encryption.rst; docutils refuses the repeated include (circular'
        + ' inclusion) and the page misses that content: remove one of these includes [include-cycle]')
// the decorative divider (restore.rst:17) and the good images in index.rst and install.rst pass
assert !findings.any { it.contains('restore.rst:17:') || it.contains('index.rst:') || it.contains('install.rst:') }

assert log.contains('BUILD SUCCESS')

// the example names this plugin's version literally: keep it in step
def examplePom = new XmlSlurper().parse(new File(projectBasedir, 'examples/sphinx-docs/pom.xml'))
def pluginVersion = examplePom.build.plugins.plugin.find { it.artifactId.text() == 'docslint-maven-plugin' }.version.text()
assert pluginVersion == projectVersion : "examples/sphinx-docs/pom.xml uses docslint ${pluginVersion}, the build is ${projectVersion}"
