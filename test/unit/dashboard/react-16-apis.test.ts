/**
 * Wix's dashboard runs the page on React 16.14 (the built page HTML loads its UMD build), while the
 * tests and types here are React 18, so a React-18-only API type-checks, passes the component tests
 * and then crashes on Wix. This reads every module the page is built from and checks each React API
 * it uses against what React 16.14 actually exports (the `react-16-umd` alias the shell serves).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(__dirname, '../../..');
const PAGE_SOURCES = ['src/dashboard', 'src/common'];

const react16: Record<string, ReadonlySet<string>> = {
  react: new Set(Object.keys(require('react-16-umd') as object)),
  'react-dom': new Set(Object.keys(require('react-dom-16-umd') as object)),
};

/** The React APIs a module uses that React 16.14 does not have, as "module: name" strings. */
function apisMissingFromReact16(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const missing: string[] = [];
  const namespaces = new Map<string, string>();
  const check = (module: string, name: string) => {
    if (!react16[module]?.has(name)) missing.push(`${module}: ${name}`);
  };
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const module = statement.moduleSpecifier.text;
    if (!/^react(-dom)?(\/|$)/.test(module) || statement.importClause?.isTypeOnly) continue;
    if (!(module in react16)) {
      missing.push(`${module}: the whole module`);
      continue;
    }
    const clause = statement.importClause;
    if (clause?.name) namespaces.set(clause.name.text, module);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) namespaces.set(bindings.name.text, module);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) if (!element.isTypeOnly) check(module, (element.propertyName ?? element.name).text);
    }
  }
  // `React.useId()` in code; `React.FC` in a type is a qualified name, not a property access, so it is skipped.
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const module = namespaces.get(node.expression.text);
      if (module) check(module, node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return missing;
}

const pageModules = (): string[] =>
  PAGE_SOURCES.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => path.join(dir, name)),
  );

describe('the page uses only React APIs that React 16.14 has', () => {
  it('finds React-18-only APIs, however they are imported', () => {
    const sample = [
      "import React, { useState, useSyncExternalStore } from 'react';",
      "import * as ReactDom from 'react-dom';",
      "import { createRoot } from 'react-dom/client';",
      'const id = React.useId();',
      'ReactDom.render(null, null);',
      'type Props = React.FC;',
    ].join('\n');
    expect(apisMissingFromReact16('sample.tsx', sample)).toEqual(['react: useSyncExternalStore', 'react-dom/client: the whole module', 'react: useId']);
  });

  it('every module under src/dashboard and src/common', () => {
    const modules = pageModules();
    expect(modules.length).toBeGreaterThan(20);
    const found = modules.flatMap((file) =>
      apisMissingFromReact16(file, readFileSync(path.join(ROOT, file), 'utf8')).map((api) => `${file}: ${api}`),
    );
    expect(found).toEqual([]);
  });
});
