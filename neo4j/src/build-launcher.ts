/**
 * Compiles the launcher and resolves the Neo4j jars into the local Maven cache (once), writing
 * target/classpath.txt. Skipped when the build output is newer than its inputs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { launcherPaths, requireTool } from './local-neo4j';

const paths = launcherPaths();
const inputs = [path.join(paths.projectDir, 'pom.xml'), paths.launcherSource];
const upToDate =
  existsSync(paths.classpathFile) &&
  existsSync(paths.classesDir) &&
  inputs.every((input) => statSync(input).mtimeMs <= statSync(paths.classpathFile).mtimeMs);

if (upToDate) {
  process.exit(0);
}
requireTool(
  'java',
  ['-version'],
  'Java 17 or newer is needed to run the local Neo4j: install OpenJDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`) or set NEO4J_URI to an existing database.',
);
requireTool(
  'mvn',
  ['-v'],
  'Maven is needed to fetch the local Neo4j: install it (e.g. `apt-get install maven`) or set NEO4J_URI to an existing database.',
);

console.log('[neo4j] resolving Neo4j Community jars with Maven (first time only)…');
const mvn = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: paths.projectDir, stdio: 'inherit' });
if (mvn.status !== 0) {
  console.error(
    '[neo4j] Maven could not build the Neo4j launcher; check that Maven Central is reachable and see the output above.',
  );
  process.exit(1);
}
