import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// The build fails on its two errors, and the report files written before the failure hold the same
// findings, in the same order, as the console: path:line:col: severity: message [rule]
def log = new File(basedir, 'build.log').text
def console = log.readLines()
        .findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
        .collect { it.replaceFirst(/^\[(ERROR|WARNING)\] /, '') }
assert console == [
    'source/guide/über uns.rst:4:1: error: image \'../img/settings.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]',
    'source/index.rst:4:1: error: included file \'shared/licence.rst\' not found: it resolves to shared/licence.rst; a relative path is relative to the page being built, \'/path\' to the source root [include-missing]',
    'source/index.rst:6:1: warning: alt text \'Image of the <Backup> & "Restore" page\' starts with \'image of\', which a screen reader already announces: describe the content directly [image-alt-redundant]',
]
assert log.contains('BUILD FAILURE')
assert !log.readLines().any { it.startsWith('::') } : 'no workflow commands outside GitHub Actions'

def reports = new File(basedir, 'target/docslint')

// SARIF 2.1.0
def sarif = new JsonSlurper().parse(new File(reports, 'docslint.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'docslint'
assert run.tool.driver.version == projectVersion
assert run.tool.driver.rules.size() == 21
assert run.originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toUri().toString()
assert run.results.collect { r ->
    def loc = r.locations[0].physicalLocation
    assert loc.artifactLocation.uriBaseId == '%SRCROOT%'
    assert run.tool.driver.rules[r.ruleIndex].id == r.ruleId
    new URI(loc.artifactLocation.uri).path + ':' + loc.region.startLine + ':' + loc.region.startColumn + ': ' + r.level +
            ': ' + r.message.text + ' [' + r.ruleId + ']'
} == console
assert run.results[0].locations[0].physicalLocation.artifactLocation.uri == 'source/guide/%C3%BCber%20uns.rst'

// checkstyle: every checked file, an error per finding
def checkstyle = new XmlSlurper().parse(new File(reports, 'checkstyle-result.xml'))
assert checkstyle.file*.@name*.text() == ['source/guide/clean.rst', 'source/guide/über uns.rst', 'source/index.rst']
assert checkstyle.file.collectMany { f ->
    f.error.collect { e ->
        f.@name.text() + ':' + e.@line + ':' + e.@column + ': ' + e.@severity + ': ' + e.@message + ' [' +
                e.@source.text().replaceFirst(/^docslint\./, '') + ']'
    }
} == console

// JUnit: a test case per checked file, the clean one passing, a failure per finding
def junit = new XmlSlurper().parse(new File(reports, 'TEST-docslint.xml'))
assert junit.@name == 'docslint'
assert junit.@tests == '3'
assert junit.@failures == '2'
assert junit.testcase*.@name*.text() == ['source/guide/clean.rst', 'source/guide/über uns.rst', 'source/index.rst']
assert junit.testcase[0].failure.size() == 0
assert junit.testcase.failure*.@message*.text() == console
assert junit.testcase.failure*.text() == console
assert junit.testcase.failure*.@type*.text() == ['image-alt-missing', 'include-missing', 'image-alt-redundant']

assert new File(reports, 'links.jsonl').exists()
