// The peer tools, set up once per process: Spectral with its `spectral:asyncapi` ruleset, and the
// official AsyncAPI parser. Both read the document text, as their CLIs do.
import spectralCore from '@stoplight/spectral-core';
import spectralParsersModule from '@stoplight/spectral-parsers';
import { asyncapi as asyncapiRuleset } from '@stoplight/spectral-rulesets';
import { Parser } from '@asyncapi/parser';

// spectral-core is CommonJS: its named exports arrive on the default export under tsx.
const { Spectral, Document } = spectralCore as unknown as typeof import('@stoplight/spectral-core');
const spectralParsers = spectralParsersModule as unknown as typeof import('@stoplight/spectral-parsers');

let spectral: InstanceType<typeof Spectral> | null = null;
let parser: Parser | null = null;

/** Runs Spectral (spectral:asyncapi) on one YAML document; returns the number of diagnostics. */
export async function spectralLint(yamlText: string): Promise<number> {
  if (!spectral) {
    spectral = new Spectral();
    spectral.setRuleset(asyncapiRuleset as never);
  }
  const results = await spectral.run(new Document(yamlText, spectralParsers.Yaml));
  return results.length;
}

/** `new Parser().parse(text)`; throws when the document has errors (it must not). */
export async function officialParse(text: string): Promise<void> {
  parser ??= new Parser();
  const { document, diagnostics } = await parser.parse(text);
  if (!document) {
    const errors = diagnostics.filter((d) => d.severity === 0).slice(0, 3).map((d) => `${d.code}: ${d.message} at ${d.path.join('/')}`);
    throw new Error(`@asyncapi/parser rejected the benchmark document: ${errors.join('; ')}`);
  }
}
