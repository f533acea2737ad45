#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
#
# Regenerates translations/qtsctp_<lang>.ts from the library's sources, keeping every finished
# translation. Run by the build target qtsctp_lupdate, or by hand:
#   translations/update-qtsctp-ts.py [--lupdate /usr/lib/qt6/bin/lupdate] [--check]
# --check changes nothing and fails when a source text is missing from the .ts files or an entry
# is unfinished.
#
# Why not lupdate alone: the library's sources open namespace QtSctp through a macro and some
# of them call a file-local tr() helper, so lupdate files messages under contexts that differ
# from the ones used at run time (QSctpServer instead of QtSctp::QSctpServer, ...). The context
# is therefore taken from the source file, below; lupdate still finds the texts.
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ['de', 'fr']

# Source file (relative to the checkout) -> the translation context its texts use at run time.
CONTEXT_BY_FILE = {
    'qsctp/src/address/qsctpaddress.cpp': 'QtSctp::QSctpAddress',
    'qsctp/src/engine/qsctpengine.cpp': 'QtSctp::QSctpSocket',
    'qsctp/src/engine/qsctpusrsctpengine.cpp': 'QtSctp::QSctpSocket',
    'qsctp/src/notification/qsctpnotificationdecoder.cpp': 'QtSctp::QSctpNotification',
    'qsctp/src/options/qsctpassociationoptions.cpp': 'QtSctp::QSctpAssociationOptions',
    'qsctp/src/server/qsctpserver.cpp': 'QtSctp::QSctpServer',
    'qsctp/src/socket/qsctpsocket.cpp': 'QtSctp::QSctpSocket',
    'qsctp/src/socket/qsctpsocketassociation.cpp': 'QtSctp::QSctpSocket',
}


def scan(lupdate):
    """Every translatable text as (context, source, comment, files) from lupdate."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, 'scan.ts')
        run = subprocess.run([lupdate, '-silent', '-no-obsolete', '-locations', 'absolute',
                              os.path.join(ROOT, 'qsctp', 'src'),
                              os.path.join(ROOT, 'qsctp', 'include'), '-ts', ts],
                             check=True, stderr=subprocess.PIPE, text=True)
        # Expected, and handled below: private classes without Q_OBJECT, file-local tr().
        for line in run.stderr.splitlines():
            if 'lacks Q_OBJECT macro' not in line and 'cannot be called without context' not in line:
                print(line, file=sys.stderr)
        tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter('context'):
        lupdate_context = context.findtext('name') or ''
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            comment = message.findtext('comment') or ''
            files = []
            for location in message.iter('location'):
                path = os.path.normpath(os.path.join(tmp, location.get('filename', '')))
                files.append(os.path.relpath(path, ROOT))
            contexts = {CONTEXT_BY_FILE[f] for f in files if f in CONTEXT_BY_FILE}
            if len(contexts) != 1:
                contexts = {lupdate_context}
                print(f'note: no run-time context known for {files}, keeping "{lupdate_context}"',
                      file=sys.stderr)
            for ctx in contexts:
                entry = found.setdefault((ctx, source, comment), set())
                entry.update(f for f in files)
    # lupdate skips tr() calls outside a class (the file-local helpers): find those literals too.
    literal = r'"(?:[^"\\\n]|\\.)*"'
    call = re.compile(r'(?<![\w:.>])tr\(\s*((?:' + literal + r'\s*)+)\)')
    for relative, ctx in CONTEXT_BY_FILE.items():
        path = os.path.join(ROOT, relative)
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            text = f.read()
        for match in call.finditer(text):
            parts = re.findall(literal, match.group(1))
            source = ''.join(p[1:-1] for p in parts)
            source = source.encode('latin-1', 'backslashreplace').decode('unicode_escape')
            found.setdefault((ctx, source, ''), set()).add(relative)
    return found


def existing(path):
    """(context, source, comment) -> translation element of an existing .ts file."""
    result = {}
    if not os.path.exists(path):
        return result
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            key = (name, message.findtext('source') or '', message.findtext('comment') or '')
            result[key] = message.find('translation')
    return result


def write(path, language, found, old, check=False):
    root = ET.Element('TS', version='2.1', language=language, sourcelanguage='en')
    by_context = {}
    for key in sorted(found):
        by_context.setdefault(key[0], []).append(key)
    unfinished = 0
    for name, keys in by_context.items():
        context = ET.SubElement(root, 'context')
        ET.SubElement(context, 'name').text = name
        for key in keys:
            message = ET.SubElement(context, 'message')
            for f in sorted(found[key]):
                ET.SubElement(message, 'location',
                              filename=os.path.relpath(os.path.join(ROOT, f),
                                                       os.path.dirname(path)))
            ET.SubElement(message, 'source').text = key[1]
            if key[2]:
                ET.SubElement(message, 'comment').text = key[2]
            translation = ET.SubElement(message, 'translation')
            previous = old.get(key)
            if previous is None:
                # The same text moved to another context keeps its translation, to be checked.
                previous = next((v for k, v in old.items() if k[1:] == key[1:]), None)
                if previous is not None:
                    translation.set('type', 'unfinished')
            if previous is not None and (previous.text or '').strip():
                translation.text = previous.text
                if previous.get('type') == 'unfinished':
                    translation.set('type', 'unfinished')
            else:
                translation.set('type', 'unfinished')
            if translation.get('type') == 'unfinished':
                unfinished += 1
    ET.indent(root, space='    ')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            + ET.tostring(root, encoding='unicode') + '\n')
    if check:
        current = open(path, encoding='utf-8').read() if os.path.exists(path) else ''
        return unfinished, text != current
    with open(path, 'w', encoding='utf-8') as out:
        out.write(text)
    return unfinished, False


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--lupdate', default='/usr/lib/qt6/bin/lupdate')
    parser.add_argument('--check', action='store_true',
                        help='change nothing; fail when the .ts files are not up to date with '
                             'the sources or have unfinished entries')
    args = parser.parse_args()
    found = scan(args.lupdate)
    failed = False
    for language in LANGUAGES:
        path = os.path.join(ROOT, 'translations', f'qtsctp_{language}.ts')
        unfinished, stale = write(path, language, found, existing(path), args.check)
        state = ', out of date with the sources' if stale else ''
        print(f'{os.path.relpath(path, ROOT)}: {len(found)} texts, {unfinished} unfinished{state}')
        failed = failed or stale or (args.check and unfinished > 0)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
