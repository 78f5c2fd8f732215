#!/usr/bin/env python3
"""Writes the key tables of SPEC.md section 7 and the synonym table of section 8 from the schema and synonyms.yaml.

    python3 format-spec/spec-tables.py            # prints both sections to stdout
    python3 format-spec/spec-tables.py --write    # replaces them in SPEC.md

The tables are generated so that they cannot drift from filing.schema.json (the single structural truth) and
synonyms.yaml (the names behind "did you mean"); DocumentationTest checks that SPEC.md names every key and
synonym. Needs python3 with PyYAML (Debian: python3-yaml).
"""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = json.load(open(os.path.join(HERE, "filing.schema.json"), encoding="utf-8"))
SYNONYMS = yaml.safe_load(open(os.path.join(HERE, "synonyms.yaml"), encoding="utf-8"))

TYPES = {
    "text": "文本",
    "requiredText": "文本（非空）",
    "code": "文本或整数",
    "value": "指标值",
    "money": "金额",
    "percent": "比例",
    "goals": "文本或文本列表",
    "indicators": "指标列表",
    "choice": "文本或勾选框",
    "period": "起止时间",
    "signature": "签署栏",
    "yearMoney": "年份→金额",
    "yearValues": "年份→指标值",
    "expenditure": "金额或对象",
    "reviews": "列表",
}


# Definitions used in more than one place are headed by what they are, with where they are used.
SHARED = {
    "/$defs/submission": "填报信息 (submission)：文件顶层，及项目自己的签署栏",
    "/$defs/review": "审核意见 的一项 (review)：部门整体和项目",
    "/$defs/tickBoxes": "勾选框 (tick boxes)：项目属性、项目类型、资金用途",
    "/$defs/sourceSplit": "按资金来源分 (by source)：基本支出、项目支出",
    "/$defs/fundSources": "资金来源 (funding by source and level)：项目及其中期",
    "/$defs/scoring": "指标分值 (scores)：项目及其中期",
    "/$defs/indicator": "绩效指标 的一项 (indicator)：各表的绩效指标",
    "/$defs/indicator/properties/标准值": "绩效指标 › 标准值 (reference standard)",
    "/$defs/indicator/properties/历史值": "绩效指标 › 历史值 (history)",
    "/$defs/goalTable": "部门整体 › 长期绩效目标 / 年度绩效目标 的一张表 (goal table)",
    "/$defs/fundBlock": "部门整体 › 资金情况 › 收入构成 / 支出构成 (income, expenditure)",
    "/$defs/fundRow": "资金情况 › 明细 / 合计 的一行 (funding row)",
    "/$defs/narrative": "部门整体 › 总体绩效目标 / 分项绩效目标 (narrative goals)",
    "/$defs/narrative/properties/职责/items": "总体绩效目标 / 分项绩效目标 › 职责 的一项 (duty)",
}


def at(pointer):
    node = SCHEMA
    for token in pointer.split("/")[1:]:
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def resolve(pointer):
    """Follows $ref from a schema pointer to the place whose properties apply."""
    for _ in range(16):
        node = at(pointer) if pointer else SCHEMA
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not ref:
            return pointer
        pointer = ref[1:]
    return pointer


def node_type(prop, required):
    ref = prop.get("$ref")
    if ref:
        name = ref.split("/")[-1]
        if name in TYPES:
            kind = TYPES[name]
            return "文本（非空）" if required and name == "requiredText" else kind
        return "列表" if at(ref[1:]).get("type") == "array" else "对象"
    if "enum" in prop:
        return "、".join(str(v) for v in prop["enum"])
    kind = prop.get("type")
    return {"integer": "整数", "array": "列表", "object": "对象", "string": "文本"}.get(kind, "")


def split_title(title):
    m = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", title or "")
    return (m.group(1), m.group(2)) if m else (title or "", "")


def help_of(prop):
    """Own title and description, falling back to those of the definition referenced."""
    title, description = prop.get("title"), prop.get("description")
    ref = prop.get("$ref")
    if ref and (title is None or description is None):
        target = at(ref[1:])
        title = title or target.get("title")
        description = description or target.get("description")
    return title or "", description or ""


def synonyms_of(place, key):
    group = SYNONYMS.get(place) or {}
    return [s for s, target in group.items() if target == key]


def objects():
    """Every schema place with properties, in the order a reader meets them walking down from the top."""
    seen, order = set(), []

    def visit(pointer, path, english):
        place = resolve(pointer)
        node = at(place) if place else SCHEMA
        if node.get("then") and "properties" in at(resolve(place + "/then")):
            visit(place + "/then", path, english)
        if node.get("items") is not None:
            visit(place + "/items", path, english)
        if "properties" not in node or place in seen:
            return
        seen.add(place)
        order.append((place, SHARED.get(place) or path + (" (" + english + ")" if english else "")))
        for key, prop in node["properties"].items():
            child = place + "/properties/" + key.replace("~", "~0").replace("/", "~1")
            target = at(resolve(child))
            sub = (path + " › " if path else "") + key
            if target.get("type") == "array" or "items" in target:
                sub += " 的一项"
            visit(child, sub, split_title(help_of(prop)[0])[1])

    visit("", "", "")
    return order


def row(place, key, prop, required):
    title, description = help_of(prop)
    english = split_title(title)[1]
    return "| `{}` | {} | {} | {} | {} | {} |".format(
        key, english, "是" if key in required else "否", node_type(prop, key in required),
        description.replace("|", "\\|"), "、".join(synonyms_of(place, key)))


def section7():
    lines = []
    for place, heading in objects():
        node = at(place) if place else SCHEMA
        lines.append("#### " + (heading or "顶层 (top level)"))
        lines.append("")
        lines.append("| 键 | English | 必填 | 类型 | 说明 | 同义词（提示“是否应为”） |")
        lines.append("|---|---|---|---|---|---|")
        required = node.get("required", [])
        for key, prop in node["properties"].items():
            lines.append(row(place, key, prop, required))
        lines.append("")
    return "\n".join(lines)


def section8():
    lines = ["| 其他模板的叫法 | 本格式的键 | 所在位置 |", "|---|---|---|"]
    headings = dict(objects())
    for place, group in SYNONYMS.items():
        where = headings.get(place) or "顶层"
        where = re.sub(r"\s*\([^()]*\).*$", "", where) or "顶层"
        for synonym, target in group.items():
            lines.append("| `{}` | `{}` | {} |".format(synonym, target.replace("/", " › "), where))
    return "\n".join(lines)


def main():
    seven, eight = section7(), section8()
    if "--write" not in sys.argv:
        print(seven)
        print(eight)
        return
    path = os.path.join(HERE, "SPEC.md")
    spec = open(path, encoding="utf-8").read()
    start7 = spec.index("<!-- keys:begin -->")
    end7 = spec.index("<!-- keys:end -->")
    spec = spec[:start7] + "<!-- keys:begin -->\n\n" + seven + "\n" + spec[end7:]
    start8 = spec.index("<!-- synonyms:begin -->")
    end8 = spec.index("<!-- synonyms:end -->")
    spec = spec[:start8] + "<!-- synonyms:begin -->\n\n" + eight + "\n\n" + spec[end8:]
    open(path, "w", encoding="utf-8").write(spec)


if __name__ == "__main__":
    main()
