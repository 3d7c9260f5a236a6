#!/usr/bin/env python3
"""Validate a SARIF log written by `netral audit --format sarif`.

Usage: Scripts/validate-sarif.py REPORT.sarif [SCHEMA.json]

With SCHEMA.json (the OASIS SARIF 2.1.0 schema, sarif-schema-2.1.0.json), validates the log
against it with the `jsonschema` package. Without it (the schema is not bundled and the build
machines have no internet), checks the properties the 2.1.0 schema requires, the enumerations
netral uses, and that every result's ruleIndex points at a rule with the same id.
Exits 0 when valid, 1 with one line per problem otherwise.
"""
import json
import sys


def structural_problems(log):
    problems = []
    if log.get("version") != "2.1.0":
        problems.append("version: must be \"2.1.0\"")
    runs = log.get("runs")
    if not isinstance(runs, list) or not runs:
        return problems + ["runs: must be a non-empty array"]
    for r, run in enumerate(runs):
        driver = run.get("tool", {}).get("driver")
        if not isinstance(driver, dict) or not isinstance(driver.get("name"), str):
            problems.append(f"runs[{r}].tool.driver.name: required")
            continue
        rules = driver.get("rules", [])
        for i, rule in enumerate(rules):
            if not isinstance(rule.get("id"), str):
                problems.append(f"runs[{r}].tool.driver.rules[{i}].id: required")
            level = rule.get("defaultConfiguration", {}).get("level", "warning")
            if level not in ("none", "note", "warning", "error"):
                problems.append(f"runs[{r}].tool.driver.rules[{i}]: bad level {level}")
        if run.get("columnKind", "unicodeCodePoints") not in ("utf16CodeUnits", "unicodeCodePoints"):
            problems.append(f"runs[{r}].columnKind: bad value")
        for i, result in enumerate(run.get("results", [])):
            where = f"runs[{r}].results[{i}]"
            message = result.get("message", {})
            if not isinstance(message.get("text"), str) and not isinstance(message.get("id"), str):
                problems.append(f"{where}.message: needs text or id")
            if result.get("level", "warning") not in ("none", "note", "warning", "error"):
                problems.append(f"{where}.level: bad value")
            index = result.get("ruleIndex")
            if index is not None:
                if not (0 <= index < len(rules)) or rules[index].get("id") != result.get("ruleId"):
                    problems.append(f"{where}.ruleIndex: does not point at rule {result.get('ruleId')}")
            for j, loc in enumerate(result.get("locations", [])):
                region = loc.get("physicalLocation", {}).get("region", {})
                if "startLine" in region and (not isinstance(region["startLine"], int) or region["startLine"] < 1):
                    problems.append(f"{where}.locations[{j}].region.startLine: must be >= 1")
        for i, inv in enumerate(run.get("invocations", [])):
            if not isinstance(inv.get("executionSuccessful"), bool):
                problems.append(f"runs[{r}].invocations[{i}].executionSuccessful: required")
            for j, n in enumerate(inv.get("toolExecutionNotifications", [])):
                if not isinstance(n.get("message", {}).get("text"), str):
                    problems.append(f"runs[{r}].invocations[{i}].toolExecutionNotifications[{j}].message.text: required")
    return problems


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    with open(argv[1], encoding="utf-8") as f:
        log = json.load(f)
    problems = structural_problems(log)
    if len(argv) == 3:
        import jsonschema

        with open(argv[2], encoding="utf-8") as f:
            schema = json.load(f)
        validator = jsonschema.validators.validator_for(schema)(schema)
        for error in sorted(validator.iter_errors(log), key=lambda e: list(e.path)):
            path = "/".join(str(p) for p in error.path)
            problems.append(f"schema: {path}: {error.message}")
    for p in problems:
        print(f"{argv[1]}: {p}", file=sys.stderr)
    if not problems:
        print(f"{argv[1]}: valid" + (" against " + argv[2] if len(argv) == 3 else " (structure)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
