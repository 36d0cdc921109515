// Parses Bicep files with the tree-sitter-bicep grammar and prints, per file, its syntax errors and its parse tree
// as JSON on stdout. The deployment tests read this tree; the Bicep CLI is not needed.
//   node scripts/bicep-parse.mjs [--no-tree] file.bicep...
// Exit code: 0 when every file parsed cleanly, 1 when any has an ERROR or MISSING node, 2 on bad usage.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Parser, Language } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const withTree = !args.includes('--no-tree');
const files = args.filter(a => a !== '--no-tree');
if (files.length === 0) {
  console.error('usage: node scripts/bicep-parse.mjs [--no-tree] file.bicep...');
  process.exitCode = 2;
  process.exit();
}

await Parser.init();
const bicep = await Language.load(require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm'));
const parser = new Parser();
parser.setLanguage(bicep);

// Named nodes only; leaves keep their text. Lines are 1-based like an editor's.
function toJson(node, field) {
  const children = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child.isNamed || child.isMissing) {
      children.push(toJson(child, node.fieldNameForChild(i)));
    }
  }
  const json = { type: node.type, line: node.startPosition.row + 1 };
  if (field) json.field = field;
  if (children.length === 0) json.text = node.text;
  else json.children = children;
  return json;
}

function problems(node, found = []) {
  if (node.isError || node.isMissing) {
    const what = node.isMissing ? `missing ${node.type}` : `unexpected '${node.text.split('\n')[0].slice(0, 60)}'`;
    found.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, message: what });
  }
  if (node.hasError || node.isError) {
    for (let i = 0; i < node.childCount; i++) problems(node.child(i), found);
  }
  return found;
}

let failed = false;
const results = files.map(path => {
  const tree = parser.parse(readFileSync(path, 'utf8'));
  const errors = problems(tree.rootNode);
  failed ||= errors.length > 0;
  return withTree ? { path, errors, tree: toJson(tree.rootNode) } : { path, errors };
});
// exitCode, not exit(): exit() would cut a large tree short while stdout is still draining into a pipe.
process.stdout.write(JSON.stringify(results));
process.exitCode = failed ? 1 : 0;
