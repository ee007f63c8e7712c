// docslint:help -Ddetail -Dgoal=check documents every parameter with its docslint.* user property.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert log.contains('BUILD SUCCESS')
assert log.contains('docslint:check')
['skip', 'failOnViolation', 'sourceDirectory', 'includes', 'excludes', 'encoding', 'includeOnly', 'rules',
 'decorativeClasses', 'placeholderWords', 'redundantPrefixes', 'maxAltLength'].each {
    assert log.contains("User property: docslint.${it}\n") : "help does not document docslint.${it}"
}
true
