// Runs the graphql-http audit (GraphQL over HTTP spec) against a running server: node audit.mjs <url of /graphql>.
// Prints one line per audit and, last, a JSON summary line {"ok":n,"notice":n,"warn":n,"error":n} (a notice is an optional MAY). Exit code 0 only with
// no errors and no warnings.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of the /graphql endpoint>');
  process.exit(2);
}
const results = await auditServer({ url });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  const reason = result.status === 'ok' ? '' : ` -- ${result.reason}`;
  console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}${reason}`);
}
console.log(JSON.stringify(counts));
process.exit(counts.warn === 0 && counts.error === 0 ? 0 : 1);
