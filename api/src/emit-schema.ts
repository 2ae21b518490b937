import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { createSchema } from './schema';

/** The committed SDL: generated from the code, never edited by hand. */
export async function renderSchemaFile(): Promise<string> {
  const schema = await createSchema();
  return `# Generated from the code by \`npm run schema\`; do not edit.\n\n${printSchema(schema)}\n`;
}

if (require.main === module) {
  void renderSchemaFile().then((sdl) => {
    const target = path.resolve(__dirname, '..', 'schema.graphql');
    writeFileSync(target, sdl);
    console.log(`wrote ${target}`);
  });
}
