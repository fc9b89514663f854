"""JUnit XML: one test suite per file, one failing test case per finding, one error per unreadable file.

CI systems that know nothing about linters (Jenkins, GitLab, Azure, Bitbucket) show JUnit results in their test
tabs; a file without findings is one passing test case, so a clean site reads as all green.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from wirlint.model import FileResult, SiteReport


def render(results: list[FileResult], color: bool = False, site: SiteReport | None = None) -> str:
    root = ElementTree.Element("testsuites", name="wirlint")
    suites = [(result.path, result.findings, result.errors) for result in results]
    if site is not None:
        suites.append((site.url, site.findings, [f"{url}: {message}" for url, message in site.errors]))
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for path, findings, errors in suites:
        suite = ElementTree.SubElement(root, "testsuite", name=path)
        for finding in findings:
            where = finding.location
            case = ElementTree.SubElement(
                suite,
                "testcase",
                classname=path,
                name=f"{finding.rule.code} {finding.rule.name} at {where.line}:{where.column}",
                file=path,
                line=str(where.line),
            )
            failure = ElementTree.SubElement(case, "failure", message=finding.message, type=finding.rule.code)
            failure.text = "\n".join(part for part in (finding.text, finding.advice) if part)
        for error in errors:
            case = ElementTree.SubElement(suite, "testcase", classname=path, name="read and lint the file")
            ElementTree.SubElement(case, "error", message=str(error))
        if not findings and not errors:
            ElementTree.SubElement(suite, "testcase", classname=path, name="customer-first")
        counts = {"tests": max(len(findings) + len(errors), 1), "failures": len(findings), "errors": len(errors)}
        for name, count in counts.items():
            suite.set(name, str(count))
            totals[name] += count
    for name, count in totals.items():
        root.set(name, str(count))
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"
