// Parses an AsyncAPI document with the official parser; exits 1 when it reports an error-level diagnostic.
import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';

const parser = new Parser();
const { document, diagnostics } = await parser.parse(readFileSync(process.argv[2], 'utf8'));
const errors = diagnostics.filter(d => d.severity === 0);
for (const d of errors) {
  console.error(`${d.code}: ${d.message} at ${d.path.join('.')}`);
}
process.exit(document && errors.length === 0 ? 0 : 1);
